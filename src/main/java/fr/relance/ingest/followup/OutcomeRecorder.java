package fr.relance.ingest.followup;

import java.util.Optional;

import fr.relance.intake.ReportCode;
import fr.relance.ingest.ImportContext;
import fr.relance.intake.ReportedError;
import fr.relance.intake.SourceFile;
import fr.relance.support.ids.FrenchPhone;

/**
 * Records what an operator's call brought: a payment promise, a dispute opened or closed,
 * a wrong number. A line that cannot apply (a dispute closed that was never opened, a
 * wrong number for a patient without one) is reported.
 */
final class OutcomeRecorder {

	private OutcomeRecorder() {
	}

	/** True when the line was recorded (or was already, from an earlier file). */
	static boolean record(OutcomeDao dao, long patient, FollowUpLine line, SourceFile file, ImportContext context) {
		switch (line.event()) {
			case PROMISE -> dao.promise(patient, line.on(), line.outcome().promisedBy(), line.outcome().amount(),
					file.id(), line.line());
			case DISPUTE_OPENED -> dao.openDispute(patient, line.on(), file.id(), line.line());
			case DISPUTE_CLOSED -> {
				if (dao.closeDisputes(patient, line.on()) == 0 && dao.disputesClosedOn(patient, line.on()) == 0) {
					return reject(context, file, line, "evenement", line.event().word(), ReportCode.UNKNOWN_DISPUTE,
							"Aucun litige ouvert pour ce patient à cette date : fin de litige ignorée.");
				}
			}
			case WRONG_NUMBER -> {
				return wrongNumber(dao, patient, line, file, context);
			}
			default -> throw new IllegalArgumentException("not an operator outcome: " + line.event());
		}
		return true;
	}

	/**
	 * The number named on the line, else the patient's own: stored in E.164, so any
	 * writing of it matches.
	 */
	private static boolean wrongNumber(OutcomeDao dao, long patient, FollowUpLine line, SourceFile file,
			ImportContext context) {
		Optional<String> number = Optional.ofNullable(line.outcome().number())
			.or(() -> dao.phone(patient))
			.filter(FrenchPhone::isValid);
		if (number.isEmpty()) {
			return reject(context, file, line, "numero", "", ReportCode.NO_NUMBER_KNOWN,
					"Aucun numéro valide connu pour ce patient : préciser le numéro erroné dans la colonne numero.");
		}
		dao.wrongNumber(patient, FrenchPhone.toE164(number.get()), line.on(), file.id(), line.line());
		return true;
	}

	private static boolean reject(ImportContext context, SourceFile file, FollowUpLine line, String field, String value,
			ReportCode code, String message) {
		context.reject(new ReportedError(file.originalName(), line.line(), field, value, code, message));
		return false;
	}

}
