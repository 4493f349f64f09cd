package fr.relance.scheduling;

import java.nio.file.Path;
import java.util.List;

import fr.relance.support.batch.RunSummary;

/**
 * How a request to run a night ended.
 *
 * @param summary the night's summary (also for a night that had already completed)
 * @param summaryFile where the JSON summary was written
 * @param alreadyCompleted the night had completed before this request: nothing ran again
 * @param failures why the night stopped, one message per failure of this attempt (empty
 * when it completed)
 */
public record NightOutcome(RunSummary summary, Path summaryFile, boolean alreadyCompleted, List<String> failures) {

	public NightOutcome {
		failures = List.copyOf(failures);
	}

	public boolean completed() {
		return "COMPLETED".equals(summary.status());
	}

}
