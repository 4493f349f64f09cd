package fr.relance.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import fr.relance.dunning.calendar.ContactCalendar;
import fr.relance.dunning.calendar.Region;
import fr.relance.dunning.calibration.Uplifts;
import fr.relance.dunning.scenario.Channel;
import fr.relance.dunning.scenario.Scenario;
import fr.relance.dunning.scenario.ScenarioStep;

/**
 * Chooses what to do once a step is due. The due step is taken when its channel is usable
 * and it is worth its cost. Otherwise the cheapest remaining step (after the due one,
 * write-off excluded) that is usable and worth its cost is taken and the steps before it
 * are passed over; nothing may replace the first letter (CPCE R124-4). With no such step:
 * defer when a worthwhile step only has to wait (contact limit, first-letter reference),
 * defer a young case whose first letter is not worth it yet (other invoices may join it),
 * else propose a write-off when no step is worth its cost, or ask a person for contact
 * data when one would be.
 */
final class StepChooser {

	private final Scenario scenario;

	private final DunningSettings settings;

	private final ChannelGates gates;

	private final ContactCalendar calendar;

	StepChooser(Scenario scenario, DunningSettings settings, ChannelGates gates, ContactCalendar calendar) {
		this.scenario = scenario;
		this.settings = settings;
		this.gates = gates;
		this.calendar = calendar;
	}

	DunningDecision choose(DecisionDraft draft, ScenarioStep due, Set<String> done, LocalDate earliestDue,
			Uplifts uplifts) {
		ValueCheck dueValue = judge(draft, due, uplifts);
		Reason dueGate = this.gates.check(due, draft.snapshot, draft.runDate);
		draft.value(dueValue);
		if (dueGate != null && dueGate.code().kind() == ReasonCode.Kind.WAIT) {
			draft.reasons.add(dueGate);
			return draft.nextReview(dueGate.until()).build(Outcome.DEFER, due);
		}
		if (dueGate == null && dueValue.clears()) {
			draft.reasons.add(Reason.of(ReasonCode.STEP_TAKEN, due.id() + " is due and worth its cost"));
			return act(draft, due, dueValue);
		}
		draft.reasons.add(dueGate != null ? dueGate : valueReason(dueValue));
		BigDecimal avoided = dueValue.clears() ? BigDecimal.ZERO.setScale(2) : dueValue.cost();
		Alternatives found = due.index() == 0 ? Alternatives.NONE : searchAfter(draft, due, done, uplifts);
		if (found.best() != null) {
			// why each step between the due one and the one taken could not be used (an
			// SMS to a STOP number...)
			for (ScenarioStep skipped : this.scenario.steps().subList(due.index() + 1, found.best().index())) {
				Reason gate = done.contains(skipped.id()) ? null
						: this.gates.check(skipped, draft.snapshot, draft.runDate);
				if (gate != null && !draft.reasons.contains(gate)) {
					draft.reasons.add(gate);
				}
			}
			draft.reasons.add(Reason.of(ReasonCode.ALTERNATIVE_STEP_TAKEN,
					found.best().id() + " is the cheapest remaining step that is usable and worth its cost"));
			passOver(draft, Ladder.notDoneBetween(this.scenario, done, due.index(), found.best().index()));
			return act(draft.costAvoided(avoided), found.best(), found.bestValue());
		}
		if (found.waitingReason() != null) {
			draft.reasons.add(found.waitingReason());
			return draft.nextReview(found.waitingReason().until()).build(Outcome.DEFER, due);
		}
		if (dueValue.clears() || found.anyWorth()) {
			draft.reasons.add(Reason.of(ReasonCode.MISSING_CONTACT_DATA,
					"a step would be worth its cost but the debtor cannot be reached by its channel"));
			return draft.build(Outcome.DEFER, due);
		}
		return new ValueExit(this.scenario, this.settings).noStepWorthIt(draft.costAvoided(avoided), due, done,
				earliestDue);
	}

	private ValueCheck judge(DecisionDraft draft, ScenarioStep step, Uplifts uplifts) {
		ValueCheck check = ValueRule.evaluate(step, draft.balance, draft.band, uplifts.uplift(step, draft.band),
				this.scenario.margin());
		draft.checks.add(check);
		return check;
	}

	private Alternatives searchAfter(DecisionDraft draft, ScenarioStep due, Set<String> done, Uplifts uplifts) {
		Alternatives found = Alternatives.NONE;
		for (ScenarioStep step : this.scenario.steps().subList(due.index() + 1, this.scenario.steps().size())) {
			if (done.contains(step.id()) || step.channel() == Channel.WRITE_OFF_PROPOSAL) {
				continue;
			}
			ValueCheck check = judge(draft, step, uplifts);
			found = found.consider(step, check, this.gates.check(step, draft.snapshot, draft.runDate));
		}
		return found;
	}

	private DunningDecision act(DecisionDraft draft, ScenarioStep step, ValueCheck check) {
		Region region = Region.ofPostcode(
				draft.snapshot.debtor().address() == null ? null : draft.snapshot.debtor().address().postcode());
		draft.value(check)
			.notBefore(this.calendar.nextAllowed(step.channel(),
					draft.runDate.atTime(this.settings.releaseTime()).atZone(region.zone()), region));
		if (step.index() > 0 && step.channel().collectsFromDebtor()) {
			draft.firstLetter(draft.snapshot.firstLetter());
		}
		return draft.build(Outcome.ACT, step);
	}

	static void passOver(DecisionDraft draft, List<String> stepIds) {
		draft.passedOver(stepIds);
		draft.reasons.add(Reason.of(ReasonCode.STEP_PASSED_OVER, String.join(", ", stepIds) + " passed over"));
	}

	static Reason valueReason(ValueCheck check) {
		return check.belowMinimum()
				? Reason.of(ReasonCode.BELOW_STEP_MINIMUM,
						check.stepId() + ": balance " + check.balance() + " below the step minimum "
								+ check.minimumBalance())
				: Reason.of(ReasonCode.GAIN_BELOW_COST, check.stepId() + ": expected gain " + check.expectedGain()
						+ " below the threshold " + check.threshold());
	}

}
