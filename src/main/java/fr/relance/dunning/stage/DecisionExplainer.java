package fr.relance.dunning.stage;

import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

import fr.relance.dunning.ReasonCode;
import fr.relance.dunning.stage.internal.ExplainDao;
import fr.relance.dunning.stage.internal.ExplainDao.ActionRow;
import fr.relance.dunning.stage.internal.ExplainDao.CaseRow;
import fr.relance.dunning.stage.internal.ExplainDao.DecisionRow;
import fr.relance.dunning.stage.internal.ExplainDao.PatientRow;
import fr.relance.support.ids.Masking;

/**
 * Answers "why did (or didn't) this patient get a letter?" from the stored decisions: for each of the patient's
 * cases, its actions and their fate, then every night's decision with its outcome, the scenario version, every
 * reason (gates passed or failed) and the value arithmetic of each step judged.
 */
@Component
public class DecisionExplainer {

	private final Jdbi jdbi;

	DecisionExplainer(Jdbi jdbi) {
		this.jdbi = jdbi;
	}

	/**
	 * The history of one patient of one establishment, as text for a person.
	 * @throws IllegalArgumentException when the establishment has no such patient
	 */
	public String explain(String finess, String patientExternalId) {
		return this.jdbi.withExtension(ExplainDao.class, (dao) -> {
			PatientRow patient = dao.patient(finess, patientExternalId)
				.orElseThrow(() -> new IllegalArgumentException("establishment " + finess + " has no patient "
						+ Masking.tail(patientExternalId, 4)));
			StringBuilder text = new StringBuilder(1024);
			text.append("Patient ").append(Masking.tail(patient.externalId(), 4)).append(" at ").append(finess)
				.append(" (").append(patient.legalName()).append(")\n");
			List<CaseRow> cases = dao.cases(patient.id());
			if (cases.isEmpty()) {
				text.append("No dunning case: the patient never owed anything the engine could chase.\n");
			}
			List<DecisionRow> decisions = dao.decisions(patient.id());
			List<ActionRow> actions = dao.actions(patient.id());
			for (CaseRow c : cases) {
				appendCase(text, c, decisions, actions);
			}
			return text.toString();
		});
	}

	private static void appendCase(StringBuilder text, CaseRow c, List<DecisionRow> decisions,
			List<ActionRow> actions) {
		text.append("\nCase ").append(c.id()).append(", opened on ").append(c.openedOn())
			.append(c.closedOn() == null ? ", open" : ", closed on " + c.closedOn() + " (" + c.closedReason() + ")")
			.append('\n');
		text.append("  Actions:").append(actions.stream().noneMatch((a) -> a.caseId() == c.id()) ? " none" : "")
			.append('\n');
		for (ActionRow a : actions) {
			if (a.caseId() == c.id()) {
				text.append("    ").append(a.stepId()).append(" by ").append(a.channel()).append(", planned on ")
					.append(a.runDate()).append(": ").append(a.status())
					.append(a.statusReason() == null ? "" : " (" + a.statusReason() + ")")
					.append(a.reference() == null ? "" : ", reference " + a.reference()).append(", cost ")
					.append(a.cost()).append(" EUR, expected gain ").append(a.expectedGain()).append(" EUR\n");
			}
		}
		text.append("  Decisions:\n");
		for (DecisionRow d : decisions) {
			if (d.caseId() == c.id()) {
				appendDecision(text, d);
			}
		}
	}

	/** The case gates, in the order the policy checks them, each passed or failed on that night. */
	private static final List<ReasonCode> GATES = List.of(ReasonCode.STALE_ESTABLISHMENT_DATA, ReasonCode.NO_BALANCE,
			ReasonCode.INSURER_PENDING, ReasonCode.RECENT_PAYMENT, ReasonCode.RECENT_CONTACT, ReasonCode.DISPUTE,
			ReasonCode.PAYMENT_PLAN_IN_GOOD_STANDING, ReasonCode.DECEASED, ReasonCode.UNDER_GUARDIANSHIP,
			ReasonCode.TIME_BARRED);

	static String gates(String codes) {
		List<String> failed = List.of(codes.split(","));
		StringBuilder line = new StringBuilder();
		for (ReasonCode gate : GATES) {
			line.append(line.isEmpty() ? "" : ", ").append(gate.name().toLowerCase(java.util.Locale.ROOT))
				.append(failed.contains(gate.name()) ? " FAILED" : " passed");
		}
		return line.toString();
	}

	private static void appendDecision(StringBuilder text, DecisionRow d) {
		text.append("    ").append(d.runDate()).append(' ').append(d.outcome())
			.append(d.stepId() == null ? "" : " " + d.stepId() + " by " + d.channel()).append(", balance ")
			.append(d.balance()).append(" EUR (band ").append(d.band()).append("), scenario ")
			.append(d.scenarioVersion()).append(d.humanReview() ? ", for a person to review" : "").append('\n');
		text.append("      gates: ").append(gates(d.codes())).append('\n');
		d.reasons().lines().forEach((line) -> text.append("      ").append(line).append('\n'));
		d.arithmetic().lines().forEach((line) -> text.append("      value ").append(line).append('\n'));
		if (d.costAvoided().signum() > 0) {
			text.append("      cost avoided ").append(d.costAvoided()).append(" EUR\n");
		}
		if (d.nextReview() != null) {
			text.append("      next review ").append(d.nextReview()).append('\n');
		}
		if (d.actionId() != null) {
			text.append("      planned action ").append(d.actionId()).append('\n');
		}
	}

}
