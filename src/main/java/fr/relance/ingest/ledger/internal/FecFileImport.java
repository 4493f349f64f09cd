package fr.relance.ingest.ledger.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jdbi.v3.core.Jdbi;

import fr.relance.ingest.BoundedLineReader;
import fr.relance.ingest.FileRefusedException;
import fr.relance.ingest.RecordLimits;
import fr.relance.ingest.ImportContext;
import fr.relance.ingest.ImportOutcome;
import fr.relance.ingest.ledger.LedgerProfile;
import fr.relance.intake.Refusal;
import fr.relance.intake.ReportCode;
import fr.relance.intake.ReportedError;
import fr.relance.intake.SourceFile;
import fr.relance.support.money.Amounts;
import fr.relance.support.db.BinaryCopyWriter;
import fr.relance.support.db.SqlResources;

/**
 * Imports the patient receivables of a Fichier des Écritures Comptables: 411 lines are
 * staged, grouped per invoice (PieceRef) in SQL, then merged like any ledger. Other
 * accounts (revenue, bank, insurers) are read and ignored.
 */
public final class FecFileImport {

	/**
	 * The FEC columns Relance reads; the legal format has 18, in this order among others.
	 */
	public static final List<String> COLUMNS = List.of("JournalCode", "EcritureNum", "EcritureDate", "CompteNum",
			"CompAuxNum", "CompAuxLib", "PieceRef", "PieceDate", "Debit", "Credit", "EcritureLet");

	private final Jdbi jdbi;

	private final Connection connection;

	private final RecordLimits limits;

	public FecFileImport(Jdbi jdbi, Connection connection, RecordLimits limits) {
		this.limits = limits;
		this.jdbi = jdbi;
		this.connection = connection;
	}

	public ImportOutcome run(SourceFile file, String finess, LedgerProfile profile, ImportContext context)
			throws SQLException {
		try (Statement st = connection.createStatement()) {
			st.execute(SqlResources.load(LedgerStaging.class, "stage_tables.sql"));
			st.execute(SqlResources.load(LedgerStaging.class, "fec_stage.sql"));
		}
		long[] counts = stage(file, profile, context);
		if (counts[1] == 0) {
			throw new FileRefusedException(
					new Refusal(ReportCode.NO_RECEIVABLES, "Le FEC ne contient aucune écriture de compte " + "client "
							+ profile.receivableAccountPrefix() + " (patients) : rien à importer."));
		}
		return jdbi.withHandle(handle -> {
			int invoices = LedgerMerge.fecToLedger(handle);
			LedgerMerge.findFromStage(handle, finess, profile.snapshot());
			LedgerMerge.apply(handle, finess, file.id(), file.originalName(), context.runDate(), profile.snapshot());
			return new ImportOutcome(counts[0], counts[1], counts[2], "FEC: " + invoices + " patient invoices");
		});
	}

	/** [lines read, receivable lines staged, lines rejected]. */
	private long[] stage(SourceFile file, LedgerProfile profile, ImportContext context) throws SQLException {
		Path path = file.stored();
		Charset charset = Charsets.resolve(profile.charset(), head(path));
		FecLineParser parser = new FecLineParser(profile, file.originalName());
		long read = 0;
		long staged = 0;
		long rejected = 0;
		try (BinaryCopyWriter rows = BinaryCopyWriter.into(connection, "fec_stage", FecLineParser.COLUMNS);
				InputStream in = Files.newInputStream(path);
				Reader reader = new BoundedLineReader(Charsets.strictReader(in, charset), limits, file.originalName());
				CSVParser csv = CSVParser.builder().setReader(reader).setFormat(format(head(path))).get()) {
			Map<String, Integer> header = csv.getHeaderMap();
			List<String> missing = COLUMNS.stream().filter(c -> !header.containsKey(c)).toList();
			if (!missing.isEmpty()) {
				throw new FileRefusedException(new Refusal(ReportCode.WRONG_HEADER,
						"En-tête FEC incomplet : colonnes absentes : " + String.join(", ", missing) + "."));
			}
			context.beforeWritingRejects(rows::pause);
			for (CSVRecord record : csv) {
				read++;
				switch (parser.stage(record, read + 1, context::reject, rows)) {
					case STAGED -> staged++;
					case REJECTED -> rejected++;
					case OTHER_ACCOUNT -> {
						// revenue, bank, insurers: not a patient receivable
					}
				}
			}
			rows.finish();
			return new long[] { read, staged, rejected };
		}
		catch (CharacterCodingException e) {
			throw new FileRefusedException(new Refusal(ReportCode.WRONG_CHARSET,
					"Le FEC contient des caractères illisibles en " + charset.name() + " : rien n'a été importé."));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Tab-separated unless the header line has no tab, then "|". */
	static CSVFormat format(byte[] head) {
		String first = new String(head, StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
		char separator = first.indexOf('\t') >= 0 ? '\t' : '|';
		return CSVFormat.DEFAULT.builder()
			.setDelimiter(separator)
			.setQuote(null)
			.setHeader()
			.setSkipHeaderRecord(true)
			.setTrim(true)
			.setIgnoreEmptyLines(true)
			.get();
	}

	private static byte[] head(Path path) {
		try (InputStream in = Files.newInputStream(path)) {
			return in.readNBytes(65536);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Checks one FEC line and stages it when it is a patient receivable entry. */
	static final class FecLineParser {

		/** What became of a line. */
		enum Fate {

			STAGED, REJECTED, OTHER_ACCOUNT

		}

		/** The columns of fec_stage (fec_stage.sql). */
		static final List<String> COLUMNS = List.of("line", "aux_account", "aux_label", "piece_ref", "piece_date",
				"entry_date", "debit", "credit", "lettering");

		private final LedgerProfile profile;

		private final String fileName;

		FecLineParser(LedgerProfile profile, String fileName) {
			this.profile = profile;
			this.fileName = fileName;
		}

		Fate stage(CSVRecord r, long line, java.util.function.Consumer<ReportedError> reject, BinaryCopyWriter rows)
				throws SQLException {
			if (!r.get("CompteNum").startsWith(profile.receivableAccountPrefix())) {
				return Fate.OTHER_ACCOUNT;
			}
			String aux = r.get("CompAuxNum");
			String piece = r.get("PieceRef");
			if (aux.isBlank() || piece.isBlank()) {
				reject.accept(new ReportedError(fileName, line, aux.isBlank() ? "CompAuxNum" : "PieceRef", "",
						ReportCode.MISSING_FEC_REFERENCE,
						"Écriture client sans compte auxiliaire (patient) ou sans pièce (facture)."));
				return Fate.REJECTED;
			}
			BigDecimal debit = amount(r.get("Debit"));
			BigDecimal credit = amount(r.get("Credit"));
			LocalDate entry = profile.date(r.get("EcritureDate"));
			LocalDate piecedate = r.get("PieceDate").isBlank() ? entry : profile.date(r.get("PieceDate"));
			if (debit == null || credit == null || entry == null || piecedate == null) {
				reject.accept(new ReportedError(fileName, line,
						debit == null || credit == null ? "Debit/Credit" : "EcritureDate/PieceDate", "",
						ReportCode.BAD_FEC_LINE, "Montant ou date illisible dans l'écriture."));
				return Fate.REJECTED;
			}
			rows.row()
				.integer(line)
				.text(aux)
				.text(r.get("CompAuxLib"))
				.text(piece)
				.date(piecedate)
				.date(entry)
				.numeric(debit)
				.numeric(credit)
				.text(r.get("EcritureLet"));
			return Fate.STAGED;
		}

		private BigDecimal amount(String text) {
			if (text.isBlank()) {
				return BigDecimal.ZERO.setScale(2);
			}
			try {
				return Amounts.parse(text, profile.decimalMark()).abs();
			}
			catch (NumberFormatException e) {
				return null;
			}
		}

	}

}
