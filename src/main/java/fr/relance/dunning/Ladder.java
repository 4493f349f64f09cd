package fr.relance.dunning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import fr.relance.dunning.scenario.Channel;
import fr.relance.dunning.scenario.DelayAnchor;
import fr.relance.dunning.scenario.Scenario;
import fr.relance.dunning.scenario.ScenarioStep;

/**
 * Position of a case on the ladder, recomputed from the steps done every night: the next
 * step is the first one not done, whatever the balance did meanwhile, so a partial
 * payment neither skips nor repeats a step, and after an outage steps are caught up one
 * per night rather than skipped.
 */
final class Ladder {

	private Ladder() {
	}

	static Set<String> doneIds(CaseSnapshot snapshot) {
		Set<String> done = new HashSet<>();
		for (StepDone step : snapshot.stepsDone()) {
			done.add(step.stepId());
		}
		return done;
	}

	/**
	 * The steps done once the establishment refused a write-off: the steps passed over
	 * the night the proposal went out (the value rule found none worth its cost then) are
	 * offered again; steps taken, and steps passed over on other nights (a cheaper step
	 * taken instead), stay done.
	 */
	static Set<String> doneIdsResumed(CaseSnapshot snapshot, Scenario scenario) {
		LocalDate proposedOn = null;
		for (StepDone step : snapshot.stepsDone()) {
			boolean proposal = scenario.steps()
				.stream()
				.anyMatch((s) -> s.id().equals(step.stepId()) && s.channel() == Channel.WRITE_OFF_PROPOSAL);
			if (proposal && !step.passedOver() && (proposedOn == null || step.on().isAfter(proposedOn))) {
				proposedOn = step.on();
			}
		}
		if (proposedOn == null) {
			return doneIds(snapshot);
		}
		Set<String> done = new HashSet<>();
		for (StepDone step : snapshot.stepsDone()) {
			if (!step.passedOver() || !step.on().equals(proposedOn)) {
				done.add(step.stepId());
			}
		}
		return done;
	}

	/** First step not done, or null when the ladder is exhausted. */
	static ScenarioStep firstNotDone(Scenario scenario, Set<String> done) {
		for (ScenarioStep step : scenario.steps()) {
			if (!done.contains(step.id())) {
				return step;
			}
		}
		return null;
	}

	/**
	 * Steps not done from {@code fromIndex} (inclusive) to {@code toIndex} (exclusive).
	 */
	static List<String> notDoneBetween(Scenario scenario, Set<String> done, int fromIndex, int toIndex) {
		List<String> ids = new ArrayList<>();
		for (ScenarioStep step : scenario.steps().subList(fromIndex, toIndex)) {
			if (!done.contains(step.id())) {
				ids.add(step.id());
			}
		}
		return ids;
	}

	/** Earliest due date among the claimable parts. */
	static LocalDate earliestDue(List<OpenPart> parts) {
		LocalDate earliest = null;
		for (OpenPart part : parts) {
			earliest = earliest == null || part.dueDate().isBefore(earliest) ? part.dueDate() : earliest;
		}
		return earliest;
	}

	/**
	 * Date the step becomes due: its delay after the earliest due date, or after the
	 * latest step done.
	 */
	static LocalDate dueOn(ScenarioStep step, CaseSnapshot snapshot, LocalDate earliestDue) {
		LocalDate lastStep = null;
		for (StepDone done : snapshot.stepsDone()) {
			lastStep = lastStep == null || done.on().isAfter(lastStep) ? done.on() : lastStep;
		}
		LocalDate anchor = step.delay().after() == DelayAnchor.DUE_DATE || lastStep == null ? earliestDue : lastStep;
		return anchor.plusDays(step.delay().days());
	}

}
