package fr.relance.scheduling;

import java.util.List;

/**
 * How a request to run one establishment's night ended.
 *
 * @param unit the establishment and date
 * @param status the unit's status after the request: COMPLETED, FAILED, or BUSY when
 * another process held the establishment's lock (nothing ran)
 * @param alreadyCompleted the unit had completed before this request: nothing ran again
 * @param failures why the unit stopped, one message per failure (empty when it completed)
 */
public record UnitOutcome(NightUnit unit, String status, boolean alreadyCompleted, List<String> failures) {

	public UnitOutcome {
		failures = List.copyOf(failures);
	}

	public boolean completed() {
		return "COMPLETED".equals(status);
	}

	public boolean busy() {
		return "BUSY".equals(status);
	}

}
