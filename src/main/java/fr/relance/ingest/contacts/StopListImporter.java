package fr.relance.ingest.contacts;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

import fr.relance.intake.ReportCode;
import fr.relance.establishment.Establishment;
import fr.relance.ingest.BoundedLineReader;
import fr.relance.ingest.FileImporter;
import fr.relance.ingest.ImportContext;
import fr.relance.ingest.ImportOutcome;
import fr.relance.ingest.IngestProperties;
import fr.relance.ingest.RecordLimits;
import fr.relance.ingest.contacts.internal.ContactValidityDao;
import fr.relance.intake.ReportedError;
import fr.relance.intake.SourceFile;
import fr.relance.support.ids.FrenchPhone;
import fr.relance.support.ids.Masking;

/**
 * Records the numbers of the SMS gateway's STOP list in E.164, for the establishment
 * whose folder the list came in: from the night it is read, no SMS is decided for a
 * patient whose mobile is on it (gate {@code SMS_OPT_OUT}). A number no patient has is
 * kept all the same: a later ledger may bring it.
 */
@Component
public class StopListImporter implements FileImporter {

	public static final String KIND = "sms-stop";

	private final Jdbi jdbi;

	private final RecordLimits limits;

	StopListImporter(Jdbi jdbi, IngestProperties settings) {
		this.jdbi = jdbi;
		this.limits = settings.limits();
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public int order() {
		return 46;
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
		String number = record.get("numero_stop").strip();
		if (!FrenchPhone.isValid(number)) {
			context.reject(new ReportedError(file.originalName(), line, "numero_stop", Masking.tail(number, 2),
					ReportCode.BAD_PHONE, "Numéro illisible : ce numéro n'est pas retiré des envois de SMS."));
			return false;
		}
		String text = ContactFiles.optional(record, "date_stop");
		LocalDate on = text.isEmpty() ? context.runDate() : ContactFiles.date(text);
		if (on == null || on.isAfter(context.runDate())) {
			// a STOP is the patient's refusal: it is applied whatever its date says, from
			// tonight
			context.warn(new ReportedError(file.originalName(), line, "date_stop", text, ReportCode.BAD_DATE,
					"Date illisible ou postérieure à la date de traitement : STOP appliqué à partir d'aujourd'hui."));
			on = context.runDate();
		}
		dao.stop(finess, FrenchPhone.toE164(number), on, file.id(), line);
		return true;
	}

}
