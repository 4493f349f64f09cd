package fr.relance.ingest.followup;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

import fr.relance.intake.ReportCode;
import fr.relance.establishment.Establishment;
import fr.relance.ingest.BoundedLineReader;
import fr.relance.ingest.ControlCharacters;
import fr.relance.ingest.FileImporter;
import fr.relance.ingest.IngestProperties;
import fr.relance.ingest.RecordLimits;
import fr.relance.ingest.ImportContext;
import fr.relance.ingest.ImportOutcome;
import fr.relance.intake.ReportedError;
import fr.relance.intake.SourceFile;
import fr.relance.support.ids.Masking;

/**
 * Records the contacts, call refusals, instalment plans, operators' outcomes and answers
 * to the worklists of a follow-up file for the patients the ledgers know. It runs after
 * the ledgers of the night, so a patient first seen in tonight's ledger is found.
 */
@Component
public class FollowUpImporter implements FileImporter {

	public static final String KIND = "follow-up";

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setDelimiter(';')
		.setHeader()
		.setSkipHeaderRecord(true)
		.setTrim(true)
		.setIgnoreEmptyLines(true)
		.setAllowMissingColumnNames(true)
		.get();

	private final Jdbi jdbi;

	private final RecordLimits limits;

	FollowUpImporter(Jdbi jdbi, IngestProperties settings) {
		this.jdbi = jdbi;
		this.limits = settings.limits();
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public ImportOutcome importFile(SourceFile file, Establishment establishment, ImportContext context) {
		FollowUpLineReader lines = new FollowUpLineReader(file.originalName(), establishment.finess(),
				context.runDate(), context);
		long[] counts = new long[3];
		try (Reader reader = new BoundedLineReader(file.reader(StandardCharsets.UTF_8), limits, file.originalName());
				CSVParser csv = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
			this.jdbi.useHandle((handle) -> {
				FollowUpDao dao = handle.attach(FollowUpDao.class);
				OutcomeDao outcomes = handle.attach(OutcomeDao.class);
				for (CSVRecord record : csv) {
					counts[0]++;
					ReportedError garbled = ControlCharacters.in(record, csv.getHeaderNames(), file.originalName(),
							record.getRecordNumber() + 1);
					if (garbled != null) {
						context.reject(garbled);
						counts[2]++;
						continue;
					}
					Optional<FollowUpLine> line = lines.read(record);
					boolean recorded = line.isPresent()
							&& record(dao, outcomes, line.get(), establishment.finess(), file, context);
					counts[recorded ? 1 : 2]++;
				}
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new ImportOutcome(counts[0], counts[1], counts[2], null);
	}

	private boolean record(FollowUpDao dao, OutcomeDao outcomes, FollowUpLine line, String finess, SourceFile file,
			ImportContext context) {
		Optional<Long> patient = dao.patient(finess, line.patientId());
		if (patient.isEmpty()) {
			context.reject(new ReportedError(file.originalName(), line.line(), "ipp", Masking.tail(line.patientId(), 4),
					ReportCode.UNKNOWN_PATIENT,
					"Patient inconnu : absent des exports comptables reçus. Ligne ignorée."));
			return false;
		}
		long id = patient.get();
		switch (line.event()) {
			case CONTACT, CALL_REFUSAL ->
				dao.contact(id, line.on(), line.channel().name(), line.fromPatient() ? "DEBTOR" : "OPERATOR",
						line.event() == FollowUpEvent.CALL_REFUSAL, file.id(), line.line());
			case REACHED ->
				dao.contact(id, line.on(), line.channel().name(), "OPERATOR", false, file.id(), line.line());
			case PLAN_SIGNED -> dao.signPlan(id, line.planReference(), line.on(), line.plan().instalment(),
					line.plan().count(), line.plan().firstDue(), line.plan().periodMonths(), file.id(), line.line());
			case PROMISE, DISPUTE_OPENED, DISPUTE_CLOSED, WRONG_NUMBER -> {
				return OutcomeRecorder.record(outcomes, id, line, file, context);
			}
			case PLAN_ENDED -> {
				return endPlan(dao, id, line, file, context);
			}
			case WRITE_OFF_APPROVED -> {
				return WriteOffAnswer.approve(this.jdbi, finess, id, line, file, context);
			}
			case WRITE_OFF_REFUSED, HANDED_OVER, HANDOVER_RETURNED, REVIEW_RELEASED -> {
				return new CaseAnswers(this.jdbi, finess, file, context).record(id, line);
			}
		}
		return true;
	}

	/**
	 * Ends the named plan (or every running one); false, reported, when the patient has
	 * no such plan.
	 */
	private static boolean endPlan(FollowUpDao dao, long patient, FollowUpLine line, SourceFile file,
			ImportContext context) {
		boolean known = dao.endPlan(patient, line.planReference(), line.on()) > 0
				|| line.planReference() != null && dao.plansNamed(patient, line.planReference()) > 0;
		if (!known) {
			context.reject(new ReportedError(file.originalName(), line.line(), "reference",
					line.planReference() == null ? "" : line.planReference(), ReportCode.UNKNOWN_PLAN,
					"Aucun échéancier de ce patient ne correspond : fin d'échéancier ignorée."));
		}
		return known;
	}

}
