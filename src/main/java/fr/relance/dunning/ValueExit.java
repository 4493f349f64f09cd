package fr.relance.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import fr.relance.dunning.scenario.Channel;
import fr.relance.dunning.scenario.Scenario;
import fr.relance.dunning.scenario.ScenarioStep;

/**
 * The end of the value rule when no remaining step is worth its cost: a case that has not
 * had its first letter waits for other invoices to join it while it is young; otherwise a
 * write-off is proposed and the remaining steps are passed over. A balance below the cost
 * of every action is said so: it is never chased.
 */
final class ValueExit {

	private final Scenario scenario;

	private final DunningSettings settings;

	ValueExit(Scenario scenario, DunningSettings settings) {
		this.scenario = scenario;
		this.settings = settings;
	}

	DunningDecision noStepWorthIt(DecisionDraft draft, ScenarioStep due, Set<String> done, LocalDate earliestDue) {
		LocalDate bundlingEnds = earliestDue.plusDays(this.settings.bundlingWindowDays());
		if (due.index() == 0 && draft.runDate.isBefore(bundlingEnds)) {
			draft.reasons.add(Reason.of(ReasonCode.WAITING_FOR_BUNDLING, "first letter not worth its cost yet; "
					+ "other invoices of the patient may join the case until " + bundlingEnds));
			return draft.costAvoided(BigDecimal.ZERO.setScale(2)).nextReview(bundlingEnds).build(Outcome.DEFER, due);
		}
		BigDecimal cheapest = cheapestChasingCost();
		if (draft.balance.compareTo(cheapest) < 0) {
			draft.reasons.add(Reason.of(ReasonCode.BELOW_COST_OF_EVERY_ACTION, "balance " + draft.balance
					+ " is below the cheapest action of the scenario (" + cheapest + "): never chased"));
		}
		draft.reasons.add(Reason.of(ReasonCode.NO_STEP_WORTH_ITS_COST, "no remaining step is worth its cost"));
		List<ScenarioStep> steps = this.scenario.steps();
		ScenarioStep last = steps.get(steps.size() - 1);
		ScenarioStep writeOff = last.channel() == Channel.WRITE_OFF_PROPOSAL && !done.contains(last.id()) ? last : null;
		List<String> passed = Ladder.notDoneBetween(this.scenario, done, due.index(),
				writeOff != null ? writeOff.index() : steps.size());
		StepChooser.passOver(draft, passed);
		return draft.build(Outcome.WRITE_OFF_PROPOSAL, writeOff);
	}

	private BigDecimal cheapestChasingCost() {
		BigDecimal cheapest = null;
		for (ScenarioStep step : this.scenario.steps()) {
			if (step.channel() != Channel.WRITE_OFF_PROPOSAL) {
				BigDecimal cost = step.cost().total();
				cheapest = cheapest == null || cost.compareTo(cheapest) < 0 ? cost : cheapest;
			}
		}
		return cheapest == null ? BigDecimal.ZERO.setScale(2) : cheapest;
	}

}
