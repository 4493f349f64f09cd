package fr.relance.dunning.stage;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import fr.relance.dunning.ReasonCode;
import fr.relance.dunning.stage.internal.ExplainDao.ActionRow;
import fr.relance.dunning.stage.internal.ExplainDao.DecisionRow;

/**
 * How the explain command words a decision, an action and the nights a decision stayed
 * unchanged.
 */
final class DecisionText {

	/**
	 * The case gates, in the order the policy checks them, each passed or failed on that
	 * night.
	 */
	private static final List<ReasonCode> GATES = List.of(ReasonCode.STALE_ESTABLISHMENT_DATA, ReasonCode.NO_BALANCE,
			ReasonCode.INSURER_PENDING, ReasonCode.RECENT_PAYMENT, ReasonCode.RECENT_CONTACT, ReasonCode.DISPUTE,
			ReasonCode.PAYMENT_PLAN_IN_GOOD_STANDING, ReasonCode.DECEASED, ReasonCode.UNDER_GUARDIANSHIP,
			ReasonCode.TIME_BARRED, ReasonCode.PAYMENT_PROMISED, ReasonCode.OPERATOR_DISPUTE,
			ReasonCode.FIRST_LETTER_RETURNED, ReasonCode.CREDIT_TO_REFUND, ReasonCode.HANDED_OVER,
			ReasonCode.WRITE_OFF_REFUSED);

	/** French day order, as the people reading "unchanged since" expect. */
	private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

	private DecisionText() {
	}

	static String gates(String codes) {
		List<String> failed = List.of(codes.split(","));
		StringBuilder line = new StringBuilder();
		for (ReasonCode gate : GATES) {
			line.append(line.isEmpty() ? "" : ", ")
				.append(gate.name().toLowerCase(Locale.ROOT))
				.append(failed.contains(gate.name()) ? " FAILED" : " passed");
		}
		return line.toString();
	}

	/** "unchanged since 11/03/2031": the night the decision was recorded. */
	static String unchangedSince(DecisionRow d) {
		return "unchanged since " + SINCE.format(d.runDate());
	}

	/**
	 * The nights a recorded decision then stayed in force, on one line: "2031-03-12 to
	 * 2031-03-14, 3 nights: ...".
	 */
	static void appendUnchanged(StringBuilder text, DecisionRow d, List<LocalDate> nights) {
		if (nights.isEmpty()) {
			return;
		}
		text.append("    ").append(nights.get(0));
		if (nights.size() > 1) {
			text.append(" to ")
				.append(nights.get(nights.size() - 1))
				.append(", ")
				.append(nights.size())
				.append(" nights");
		}
		text.append(": ").append(unchangedSince(d)).append('\n');
	}

	static void appendAction(StringBuilder text, ActionRow a) {
		text.append("    ")
			.append(a.stepId())
			.append(" by ")
			.append(a.channel())
			.append(", planned on ")
			.append(a.runDate())
			.append(": ")
			.append(a.status())
			.append(a.statusReason() == null ? "" : " (" + a.statusReason() + ")")
			.append(a.reference() == null ? "" : ", reference " + a.reference())
			.append(", cost ")
			.append(a.cost())
			.append(" EUR, expected gain ")
			.append(a.expectedGain())
			.append(" EUR\n");
	}

	static void appendDecision(StringBuilder text, DecisionRow d) {
		text.append("    ")
			.append(d.runDate())
			.append(' ')
			.append(d.outcome())
			.append(d.stepId() == null ? "" : " " + d.stepId() + " by " + d.channel())
			.append(", balance ")
			.append(d.balance())
			.append(" EUR (band ")
			.append(d.band())
			.append("), scenario ")
			.append(d.scenarioVersion())
			.append(d.humanReview() ? ", for a person to review" : "")
			.append('\n');
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
