package fr.relance.ingest.contacts;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

import fr.relance.intake.ReportCode;
import fr.relance.establishment.Establishment;
import fr.relance.ingest.BoundedLineReader;
import fr.relance.ingest.CrossEstablishmentFileException;
import fr.relance.ingest.FileImporter;
import fr.relance.ingest.ImportContext;
import fr.relance.ingest.ImportOutcome;
import fr.relance.ingest.IngestProperties;
import fr.relance.ingest.RecordLimits;
import fr.relance.ingest.contacts.internal.ContactValidityDao;
import fr.relance.ingest.contacts.internal.ContactValidityDao.SentLetter;
import fr.relance.intake.ReportedError;
import fr.relance.intake.SourceFile;

/**
 * Records the letters the post brought back, found by the reference printed on them. A
 * reference of another establishment's letter refuses the whole file, as any file naming
 * another establishment; the next nights' gates read what was recorded (no letter to an
 * address a letter came back from until a different address arrives).
 */
@Component
public class ReturnedMailImporter implements FileImporter {

	public static final String KIND = "returned-mail";

	private final Jdbi jdbi;

	private final RecordLimits limits;

	ReturnedMailImporter(Jdbi jdbi, IngestProperties settings) {
		this.jdbi = jdbi;
		this.limits = settings.limits();
	}

	@Override
	public String kind() {
		return KIND;
	}

	/**
	 * After the ledgers (a new address in tonight's ledger is the one compared) and the
	 * follow-up files.
	 */
	@Override
	public int order() {
		return 45;
	}

	@Override
	public ImportOutcome importFile(SourceFile file, Establishment establishment, ImportContext context) {
		long[] counts = new long[3];
		try (Reader reader = new BoundedLineReader(file.reader(StandardCharsets.UTF_8), limits, file.originalName());
				CSVParser csv = CSVParser.builder().setReader(reader).setFormat(ContactFiles.FORMAT).get()) {
			this.jdbi.useExtension(ContactValidityDao.class, (dao) -> {
				for (CSVRecord record : csv) {
					counts[0]++;
					boolean recorded = record(dao, record, file, establishment.finess(), context);
					counts[recorded ? 1 : 2]++;
				}
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new ImportOutcome(counts[0], counts[1], counts[2], null);
	}

	private static boolean record(ContactValidityDao dao, CSVRecord record, SourceFile file, String finess,
			ImportContext context) {
		long line = record.getRecordNumber() + 1;
		Lines lines = new Lines(file, line, context);
		String reference = record.get("reference_courrier").strip();
		if (reference.isEmpty()) {
			return lines.reject("reference_courrier", "", ReportCode.MISSING_REFERENCE,
					"Référence du courrier absente.");
		}
		Optional<SentLetter> found = dao.letter(reference);
		if (found.isPresent() && !found.get().finess().equals(finess)) {
			throw new CrossEstablishmentFileException(found.get().finess(), line);
		}
		if (found.isEmpty() || !found.get().channel().endsWith("LETTER")) {
			return lines.reject("reference_courrier", reference, ReportCode.UNKNOWN_LETTER,
					"Aucun courrier de l'établissement ne porte cette référence.");
		}
		SentLetter letter = found.get();
		if (letter.emittedOn() == null) {
			return lines.reject("reference_courrier", reference, ReportCode.LETTER_NOT_SENT,
					"Ce courrier n'a pas encore été envoyé : retour ignoré.");
		}
		String text = record.get("date_retour").strip();
		LocalDate returnedOn = ContactFiles.date(text);
		if (returnedOn == null) {
			return lines.reject("date_retour", text, ReportCode.BAD_DATE, "Date illisible (attendu jj/mm/aaaa).");
		}
		if (returnedOn.isAfter(context.runDate()) || returnedOn.isBefore(letter.emittedOn())) {
			return lines.reject("date_retour", text, ReportCode.BAD_RETURN_DATE,
					"Date de retour antérieure à l'envoi du courrier ou postérieure à la date de traitement.");
		}
		String word = ContactFiles.optional(record, "motif");
		Optional<ReturnReason> reason = ReturnReason.of(word);
		if (reason.isEmpty()) {
			return lines.reject("motif", word, ReportCode.UNKNOWN_RETURN_REASON,
					"Motif de retour inconnu : valeurs admises " + ReturnReason.words() + " (vide : npai).");
		}
		dao.recordReturn(letter.actionId(), returnedOn, reason.get().name(), reason.get().invalidatesAddress(),
				file.id(), line);
		return true;
	}

	/** Reports a rejected line of this file. */
	private record Lines(SourceFile file, long line, ImportContext context) {

		boolean reject(String field, String value, ReportCode code, String message) {
			this.context.reject(new ReportedError(this.file.originalName(), this.line, field, value, code, message));
			return false;
		}

	}

}
