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
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import fr.relance.ingest.FileRefusedException;
import fr.relance.ingest.ImportContext;
import fr.relance.ingest.ImportOutcome;
import fr.relance.ingest.ledger.LedgerProfile;
import fr.relance.intake.Refusal;
import fr.relance.intake.ReportedError;
import fr.relance.intake.SourceFile;
import fr.relance.support.money.Amounts;

/**
 * Imports the patient receivables of a Fichier des Écritures Comptables: 411 lines are staged, grouped per invoice
 * (PieceRef) in SQL, then merged like any ledger. Other accounts (revenue, bank, insurers) are read and ignored.
 */
public final class FecFileImport {

	/** The FEC columns Relance reads; the legal format has 18, in this order among others. */
	public static final List<String> COLUMNS = List.of("JournalCode", "EcritureNum", "EcritureDate", "CompteNum",
			"CompAuxNum", "CompAuxLib", "PieceRef", "PieceDate", "Debit", "Credit", "EcritureLet");

	private final Jdbi jdbi;

	private final Connection connection;

	public FecFileImport(Jdbi jdbi, Connection connection) {
		this.jdbi = jdbi;
		this.connection = connection;
	}

	public ImportOutcome run(SourceFile file, String finess, LedgerProfile profile, ImportContext context)
			throws SQLException {
		try (Statement st = connection.createStatement()) {
			st.execute(SqlFile.load("stage_tables.sql"));
			st.execute(SqlFile.load("fec_stage.sql"));
		}
		long[] counts = stage(file, profile, context);
		if (counts[1] == 0) {
			throw new FileRefusedException(new Refusal("NO_RECEIVABLES", "Le FEC ne contient aucune écriture de compte "
					+ "client " + profile.receivableAccountPrefix() + " (patients) : rien à importer."));
		}
		return jdbi.withHandle(handle -> {
			int invoices = handle.execute(SqlFile.load("fec_to_ledger.sql"));
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
		try (StagedEntries copy = new StagedEntries(connection); InputStream in = Files.newInputStream(path); Reader reader = Charsets.strictReader(in, charset);
				CSVParser csv = CSVParser.builder().setReader(reader).setFormat(format(head(path))).get()) {
			Map<String, Integer> header = csv.getHeaderMap();
			List<String> missing = COLUMNS.stream().filter(c -> !header.containsKey(c)).toList();
			if (!missing.isEmpty()) {
				throw new FileRefusedException(new Refusal("WRONG_HEADER", "En-tête FEC incomplet : colonnes absentes : "
						+ String.join(", ", missing) + "."));
			}
			context.beforeWritingRejects(copy::pause);
			for (CSVRecord record : csv) {
				read++;
				String row = parser.stagedRow(record, read + 1, context::reject);
				if (row == FecLineParser.REJECTED) {
					rejected++;
				}
				else if (row != null) {
					copy.add(row);
					staged++;
				}
			}
			copy.pause();
			return new long[] { read, staged, rejected };
		}
		catch (CharacterCodingException e) {
			throw new FileRefusedException(new Refusal("WRONG_CHARSET", "Le FEC contient des caractères illisibles en "
					+ charset.name() + " : rien n'a été importé."));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The 411 entries on their way into fec_stage, by a CSV COPY sent in blocks; paused (the COPY ended) whenever
	 * rejects are written on the same connection, and started again with the next entry.
	 */
	private static final class StagedEntries implements AutoCloseable {

		private static final int FLUSH_CHARS = 256 * 1024;

		private final Connection connection;

		private final StringBuilder buffer = new StringBuilder();

		private CopyIn copy;

		StagedEntries(Connection connection) {
			this.connection = connection;
		}

		void add(String row) throws SQLException {
			buffer.append(row);
			if (buffer.length() > FLUSH_CHARS) {
				send();
			}
		}

		/** Sends what is buffered and ends the COPY. */
		void pause() {
			try {
				send();
				if (copy != null) {
					copy.endCopy();
					copy = null;
				}
			}
			catch (SQLException e) {
				throw new IllegalStateException("cannot stage the FEC entries: " + e.getMessage(), e);
			}
		}

		private void send() throws SQLException {
			if (buffer.isEmpty()) {
				return;
			}
			if (copy == null) {
				copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY fec_stage FROM STDIN (FORMAT csv)");
			}
			byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
			copy.writeToCopy(bytes, 0, bytes.length);
			buffer.setLength(0);
		}

		@Override
		public void close() throws SQLException {
			if (copy != null && copy.isActive()) {
				copy.cancelCopy();
			}
		}

	}

	/** Tab-separated unless the header line has no tab, then "|". */
	static CSVFormat format(byte[] head) {
		String first = new String(head, StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
		char separator = first.indexOf('\t') >= 0 ? '\t' : '|';
		return CSVFormat.DEFAULT.builder().setDelimiter(separator).setQuote(null).setHeader().setSkipHeaderRecord(true)
			.setTrim(true).setIgnoreEmptyLines(true).get();
	}

	private static byte[] head(Path path) {
		try (InputStream in = Files.newInputStream(path)) {
			return in.readNBytes(65536);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Checks and converts one FEC line; returns the staged CSV row, null for a line of another account. */
	static final class FecLineParser {

		static final String REJECTED = "";

		private final LedgerProfile profile;

		private final String fileName;

		FecLineParser(LedgerProfile profile, String fileName) {
			this.profile = profile;
			this.fileName = fileName;
		}

		String stagedRow(CSVRecord r, long line, java.util.function.Consumer<ReportedError> reject) {
			if (!r.get("CompteNum").startsWith(profile.receivableAccountPrefix())) {
				return null;
			}
			String aux = r.get("CompAuxNum");
			String piece = r.get("PieceRef");
			if (aux.isBlank() || piece.isBlank()) {
				reject.accept(new ReportedError(fileName, line, aux.isBlank() ? "CompAuxNum" : "PieceRef", "",
						"MISSING_FEC_REFERENCE", "Écriture client sans compte auxiliaire (patient) ou sans pièce (facture)."));
				return REJECTED;
			}
			BigDecimal debit = amount(r.get("Debit"));
			BigDecimal credit = amount(r.get("Credit"));
			LocalDate entry = date(r.get("EcritureDate"));
			LocalDate piecedate = r.get("PieceDate").isBlank() ? entry : date(r.get("PieceDate"));
			if (debit == null || credit == null || entry == null || piecedate == null) {
				reject.accept(new ReportedError(fileName, line, debit == null || credit == null ? "Debit/Credit"
						: "EcritureDate/PieceDate", "", "BAD_FEC_LINE", "Montant ou date illisible dans l'écriture."));
				return REJECTED;
			}
			return String.join(",", Long.toString(line), quote(aux), quote(r.get("CompAuxLib")), quote(piece),
					piecedate.toString(), entry.toString(), debit.toPlainString(), credit.toPlainString(),
					quote(r.get("EcritureLet"))) + "\n";
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

		private LocalDate date(String text) {
			return profile.date(text);
		}

		private static String quote(String s) {
			return '"' + s.replace("\"", "\"\"") + '"';
		}

	}

}
