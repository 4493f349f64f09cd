package fr.relance.scheduling;

import java.nio.file.Path;

import fr.relance.support.batch.RunSummary;

/**
 * How a request to run a night ended.
 *
 * @param summary the night's summary (also for a night that had already completed)
 * @param summaryFile where the JSON summary was written
 * @param alreadyCompleted the night had completed before this request: nothing ran again
 */
public record NightOutcome(RunSummary summary, Path summaryFile, boolean alreadyCompleted) {

	public boolean completed() {
		return "COMPLETED".equals(summary.status());
	}

}
