package fr.relance.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import fr.relance.dunning.scenario.AmountBand;
import fr.relance.dunning.scenario.Scenario;
import fr.relance.dunning.scenario.ScenarioStep;

/**
 * Collects the parts of a decision while the policy works, then writes the record and its
 * explanation.
 */
final class DecisionDraft {

	private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

	final CaseSnapshot snapshot;

	final LocalDate runDate;

	final BigDecimal balance;

	final AmountBand band;

	final List<Reason> reasons;

	final List<ValueCheck> checks = new ArrayList<>();

	private final Scenario scenario;

	private ValueCheck value;

	private BigDecimal costAvoided = ZERO;

	private List<String> passedOver = List.of();

	private ZonedDateTime notBefore;

	private LocalDate nextReview;

	private FirstLetter firstLetter;

	DecisionDraft(CaseSnapshot snapshot, Scenario scenario, LocalDate runDate, BigDecimal balance, AmountBand band,
			List<Reason> reasons) {
		this.snapshot = snapshot;
		this.scenario = scenario;
		this.runDate = runDate;
		this.balance = balance;
		this.band = band;
		this.reasons = reasons;
	}

	DecisionDraft value(ValueCheck check) {
		this.value = check;
		return this;
	}

	DecisionDraft costAvoided(BigDecimal cost) {
		this.costAvoided = cost;
		return this;
	}

	DecisionDraft passedOver(List<String> stepIds) {
		this.passedOver = List.copyOf(stepIds);
		return this;
	}

	DecisionDraft notBefore(ZonedDateTime instant) {
		this.notBefore = instant;
		return this;
	}

	DecisionDraft nextReview(LocalDate date) {
		this.nextReview = date;
		return this;
	}

	DecisionDraft firstLetter(FirstLetter letter) {
		this.firstLetter = letter;
		return this;
	}

	DunningDecision build(Outcome outcome, ScenarioStep step) {
		boolean human = this.reasons.stream().anyMatch((r) -> r.code().kind() == ReasonCode.Kind.HUMAN);
		String stepId = step == null ? null : step.id();
		return new DunningDecision(this.snapshot.caseId(), this.scenario.version(), this.runDate, outcome, stepId,
				step == null ? null : step.channel(), this.balance, this.band.name(), this.value, this.checks,
				this.costAvoided, this.passedOver, this.notBefore, this.nextReview, this.firstLetter, human,
				this.reasons, explain(outcome, step));
	}

	private String explain(Outcome outcome, ScenarioStep step) {
		StringBuilder text = new StringBuilder(256);
		text.append("Case ")
			.append(this.snapshot.caseId())
			.append(" on ")
			.append(this.runDate)
			.append(" (scenario ")
			.append(this.scenario.version())
			.append("), balance ")
			.append(this.balance)
			.append(" EUR in band ")
			.append(this.band.name())
			.append(": ")
			.append(outcome);
		if (step != null) {
			text.append(' ').append(step.id()).append(" by ").append(step.channel());
		}
		text.append('.');
		for (Reason reason : this.reasons) {
			text.append(' ').append(reason.code()).append(": ").append(reason.detail()).append('.');
		}
		for (ValueCheck check : this.checks) {
			text.append(" Value ").append(check.arithmetic()).append('.');
		}
		if (this.costAvoided.signum() > 0) {
			text.append(" Cost avoided ").append(this.costAvoided).append(" EUR.");
		}
		if (this.notBefore != null) {
			text.append(" Not before ").append(this.notBefore.toOffsetDateTime()).append('.');
		}
		if (this.firstLetter != null) {
			text.append(" Quotes first letter ")
				.append(this.firstLetter.reference())
				.append(" of ")
				.append(this.firstLetter.sentOn())
				.append('.');
		}
		if (this.nextReview != null) {
			text.append(" Next review ").append(this.nextReview).append('.');
		}
		return text.toString();
	}

}
