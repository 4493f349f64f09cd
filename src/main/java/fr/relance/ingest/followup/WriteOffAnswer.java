package fr.relance.ingest.followup;

import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import fr.relance.intake.ReportCode;
import fr.relance.ingest.ImportContext;
import fr.relance.intake.ReportedError;
import fr.relance.intake.SourceFile;

/**
 * A write-off proposal approved by the staff ({@code abandon_accepte}, the line's
 * {@code reference} the case number of the worklist): what the proposal covered is
 * written off (an allocation of kind {@code write_off}, the part {@code written_off}), so
 * the next night finds nothing open and closes the case. An answer naming no proposal
 * that went out for this patient is reported and changes nothing.
 */
final class WriteOffAnswer {

	private WriteOffAnswer() {
	}

	static boolean approve(Jdbi jdbi, String finess, long patient, FollowUpLine line, SourceFile file,
			ImportContext context) {
		Optional<Long> caseId = caseNumber(line.planReference());
		Optional<java.time.LocalDate> proposed = caseId
			.flatMap(id -> jdbi.withExtension(WriteOffDao.class, dao -> dao.proposal(finess, patient, id)));
		if (proposed.isEmpty()) {
			context.reject(new ReportedError(file.originalName(), line.line(), "reference",
					line.planReference() == null ? "" : line.planReference(), ReportCode.UNKNOWN_PROPOSAL,
					"Aucune proposition d'abandon émise pour ce patient sous ce n° de dossier : réponse ignorée."));
			return false;
		}
		jdbi.useExtension(WriteOffDao.class,
				dao -> dao.writeOff(finess, patient, proposed.get(), line.on(), file.id(), line.line()));
		return true;
	}

	private static Optional<Long> caseNumber(String reference) {
		if (reference == null || !reference.strip().matches("\\d{1,18}")) {
			return Optional.empty();
		}
		return Optional.of(Long.parseLong(reference.strip()));
	}

}
