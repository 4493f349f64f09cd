package fr.relance.ingest.patients.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;

import fr.relance.intake.ReportCode;
import fr.relance.ingest.FileRefusedException;
import fr.relance.ingest.ImportContext;
import fr.relance.ingest.ImportOutcome;
import fr.relance.intake.Refusal;
import fr.relance.intake.ReportedError;
import fr.relance.intake.SourceFile;
import fr.relance.support.ids.Masking;

/**
 * One ADT file applied message by message, in file order, in the file's transaction. A
 * message that cannot be read is reported with its place (message number, line, segment
 * and field) and the others go on; a file with no message that could be read is refused
 * whole. A message for a patient the engine does not hold is only counted: the engine
 * keeps no one it has no debt for.
 */
public final class AdtFileImport {

	private final SourceFile file;

	private final String finess;

	private final String authority;

	private final ZoneId zone;

	private final ImportContext context;

	private int unknown;

	private int stale;

	private int merged;

	public AdtFileImport(SourceFile file, String finess, String authority, ZoneId zone, ImportContext context) {
		this.file = file;
		this.finess = finess;
		this.authority = authority;
		this.zone = zone;
		this.context = context;
	}

	public ImportOutcome run(Handle handle) {
		byte[] content;
		try {
			content = Files.readAllBytes(this.file.stored());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		List<Integer> stray = new ArrayList<>();
		List<RawMessage> messages = AdtFileSplitter.split(content, stray);
		List<ReportedError> problems = new ArrayList<>();
		List<ReportedError> strayWarnings = new ArrayList<>();
		for (int line : stray) {
			strayWarnings.add(new ReportedError(this.file.originalName(), line, "segment", "",
					AdtProblem.SEGMENT_OUTSIDE_MESSAGE.name(),
					"Segment hors de tout message (avant le premier MSH) : ignoré."));
		}
		List<AdtMessage> read = new ArrayList<>();
		int otherEvents = 0;
		try (AdtReader reader = new AdtReader(this.authority, this.zone)) {
			for (RawMessage raw : messages) {
				List<AdtMessageException> warnings = new ArrayList<>();
				try {
					read.add(reader.read(raw, warnings));
				}
				catch (AdtMessageException e) {
					if (e.problem() == AdtProblem.UNSUPPORTED_EVENT) {
						// a well-formed message of another event (an admission, a
						// transfer): nothing to apply
						warnings.add(e);
						otherEvents++;
					}
					else {
						problems.add(report(raw, e));
					}
				}
				for (AdtMessageException w : warnings) {
					this.context.warn(report(raw, w));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (read.isEmpty() && otherEvents == 0) {
			throw new FileRefusedException(new Refusal(ReportCode.NO_READABLE_MESSAGE,
					"Aucun message HL7 ADT lisible dans ce fichier : il n'a pas été appliqué."), problems);
		}
		problems.forEach(this.context::reject);
		strayWarnings.forEach(this.context::warn);
		PatientFeedDao dao = handle.attach(PatientFeedDao.class);
		int applied = 0;
		for (AdtMessage message : read) {
			applied += apply(dao, message) ? 1 : 0;
		}
		String note = notes();
		return new ImportOutcome(messages.size(), applied, problems.size(), note);
	}

	private boolean apply(PatientFeedDao dao, AdtMessage message) {
		Optional<PatientContact> known = survivor(dao, dao.patient(this.finess, message.patientId()));
		if (message.merge()) {
			return merge(dao, message, known);
		}
		if (known.isEmpty()) {
			this.unknown++;
			return false;
		}
		PatientContact before = known.get();
		PatientContact after = before.after(message);
		if (after.equals(before)) {
			this.stale++;
			return true;
		}
		dao.update(after, this.context.runDate(), this.file.id(), message.line());
		return true;
	}

	/**
	 * A40: the absorbed patient's invoices, contacts and plans go to the survivor, its
	 * open case is closed as merged into the survivor's (opened for it when it had none),
	 * and its identifier resolves to the survivor from now on. A message naming a patient
	 * the engine does not hold on either side is only counted; one already applied
	 * changes nothing.
	 */
	private boolean merge(PatientFeedDao dao, AdtMessage message, Optional<PatientContact> survivor) {
		Optional<PatientContact> absorbed = dao.patient(this.finess, message.priorPatientId());
		if (survivor.isEmpty() || absorbed.isEmpty()) {
			this.unknown++;
			return false;
		}
		long into = survivor.get().id();
		long from = absorbed.get().id();
		if (from == into || Long.valueOf(into).equals(absorbed.get().mergedInto())) {
			this.stale++;
			return true;
		}
		LocalDate night = this.context.runDate();
		dao.absorb(from, into, night, this.file.id(), message.line());
		dao.moveInvoices(from, into, night, this.file.id(), message.line());
		dao.moveFollowUp(from, into);
		Optional<Long> absorbedCase = dao.openCase(from);
		if (absorbedCase.isPresent()) {
			long survivorCase = dao.openCase(into).orElseGet(() -> dao.newCase(this.finess, into, night));
			dao.closeMerged(absorbedCase.get(), survivorCase, night,
					"merged into patient " + Masking.tail(survivor.get().externalId(), 4) + " (HL7 A40)");
		}
		this.merged++;
		return true;
	}

	/** A patient merged into another (A40) stands for the survivor. */
	private static Optional<PatientContact> survivor(PatientFeedDao dao, Optional<PatientContact> found) {
		Optional<PatientContact> p = found;
		for (int hops = 0; p.isPresent() && p.get().mergedInto() != null && hops < 10; hops++) {
			p = dao.patientById(p.get().mergedInto());
		}
		return p;
	}

	private ReportedError report(RawMessage raw, AdtMessageException e) {
		return new ReportedError(this.file.originalName(), raw.lineOf(e.segmentIndex()), e.field(), e.maskedValue(),
				e.problem().name(), "Message " + raw.number() + " : " + e.messageFr());
	}

	private String notes() {
		List<String> parts = new ArrayList<>();
		if (this.unknown > 0) {
			parts.add(this.unknown + " message(s) for patients the engine does not hold, ignored");
		}
		if (this.merged > 0) {
			parts.add(this.merged + " patient record(s) merged");
		}
		if (this.stale > 0) {
			parts.add(this.stale + " message(s) older than the values they carried, nothing changed");
		}
		return parts.isEmpty() ? null : String.join("; ", parts);
	}

}
