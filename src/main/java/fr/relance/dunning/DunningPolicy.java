package fr.relance.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import fr.relance.dunning.calendar.ContactCalendar;
import fr.relance.dunning.calibration.Uplifts;
import fr.relance.dunning.scenario.Channel;
import fr.relance.dunning.scenario.Scenario;
import fr.relance.dunning.scenario.ScenarioStep;

/**
 * Decides, for one case and one run date, what the engine does tonight: hold the case on
 * a gate, wait for the next step, take it, take a cheaper step, defer, or propose a
 * write-off. A pure function of its arguments (scenario and settings given once,
 * snapshot, run date and uplifts per call); thread-safe, so one instance serves a
 * partition.
 *
 * <p>
 * Order: time-barred parts are set aside; every case gate is checked (all holding reasons
 * are kept); the next step is the first not done; if its delay has elapsed, its channel
 * and value are checked, and a cheaper remaining step is looked for when it fails (see
 * {@link StepChooser}). After the establishment refused a write-off, the steps the
 * proposal passed over are offered again; when none is worth its cost, the case goes to a
 * person.
 */
public final class DunningPolicy {

	private final Scenario scenario;

	private final DunningSettings settings;

	private final CaseGates caseGates;

	private final StepChooser chooser;

	public DunningPolicy(Scenario scenario, DunningSettings settings) {
		this.scenario = scenario;
		this.settings = settings;
		this.caseGates = new CaseGates(settings);
		this.chooser = new StepChooser(scenario, settings, new ChannelGates(settings),
				new ContactCalendar(settings.sendingWindows(), settings.overseasAbolitionDays()));
	}

	/** Decides with the scenario's prior uplifts. */
	public DunningDecision decide(CaseSnapshot snapshot, LocalDate runDate) {
		return decide(snapshot, runDate, Uplifts.priors());
	}

	/** Decides with the given uplifts (an establishment's calibrated figures). */
	public DunningDecision decide(CaseSnapshot snapshot, LocalDate runDate, Uplifts uplifts) {
		List<Reason> reasons = new ArrayList<>(4);
		int years = this.settings.limitationYears() != null ? this.settings.limitationYears()
				: this.scenario.sector().limitationYears();
		List<OpenPart> claimable = this.caseGates.claimable(snapshot, runDate, years, reasons);
		BigDecimal balance = CaseSnapshot.sum(claimable);
		DecisionDraft draft = new DecisionDraft(snapshot, this.scenario, runDate, balance, this.scenario.band(balance),
				reasons);
		this.caseGates.check(snapshot, balance, runDate, reasons);
		if (reasons.stream().anyMatch((r) -> r.code().holdsCase())) {
			return draft.nextReview(holdsUntil(reasons)).build(Outcome.BLOCKED, null);
		}
		WorklistAnswers answers = snapshot.answers();
		Set<String> done = answers.writeOffRefused() ? Ladder.doneIdsResumed(snapshot, this.scenario)
				: Ladder.doneIds(snapshot);
		ScenarioStep due = Ladder.firstNotDone(this.scenario, done);
		if (due == null) {
			if (answers.writeOffRefused()) {
				return refusedWriteOff(draft, answers);
			}
			reasons.add(Reason.of(ReasonCode.LADDER_COMPLETE, "every step of the scenario has been dealt with"));
			return draft.build(Outcome.LADDER_DONE, null);
		}
		LocalDate earliestDue = Ladder.earliestDue(claimable);
		LocalDate dueOn = Ladder.dueOn(due, snapshot, earliestDue);
		if (runDate.isBefore(dueOn)) {
			reasons.add(Reason.of(ReasonCode.STEP_NOT_DUE, "next step " + due.id() + " is due on " + dueOn));
			return draft.nextReview(dueOn).build(Outcome.WAIT, due);
		}
		if (due.channel() == Channel.WRITE_OFF_PROPOSAL) {
			reasons.add(Reason.of(ReasonCode.WRITE_OFF_STEP_REACHED, "the ladder ends with " + due.id()));
			return draft.build(Outcome.WRITE_OFF_PROPOSAL, due);
		}
		DunningDecision decision = this.chooser.choose(draft, due, done, earliestDue, uplifts);
		if (decision.outcome() == Outcome.WRITE_OFF_PROPOSAL && answers.writeOffRefused()) {
			reasons.removeIf((r) -> r.code() == ReasonCode.STEP_PASSED_OVER);
			return refusedWriteOff(draft.passedOver(List.of()), answers);
		}
		return decision;
	}

	/**
	 * The establishment refused the write-off and no step is left that the value rule
	 * allows: a person takes the case (review worklist) rather than a proposal every
	 * night, and no step is recorded as passed over, so a new invoice or a payment that
	 * makes a step worth it again is still chased.
	 */
	private static DunningDecision refusedWriteOff(DecisionDraft draft, WorklistAnswers answers) {
		draft.reasons.add(Reason.of(ReasonCode.WRITE_OFF_REFUSED,
				"the establishment refused the write-off on " + answers.writeOffRefusedOn()
						+ " and no step of the scenario is left that is worth its cost: " + "for a person to decide"));
		return draft.build(Outcome.BLOCKED, null);
	}

	/**
	 * The date when every holding reason will have lapsed, if each one says when; else
	 * unknown (null).
	 */
	private static LocalDate holdsUntil(List<Reason> reasons) {
		LocalDate until = null;
		for (Reason reason : reasons) {
			if (reason.code().holdsCase()) {
				if (reason.until() == null) {
					return null;
				}
				until = until == null || reason.until().isAfter(until) ? reason.until() : until;
			}
		}
		return until;
	}

}
