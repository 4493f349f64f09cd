package fr.relance.scheduling.cluster.internal;

import java.time.LocalDate;

import org.quartz.JobKey;

import fr.relance.scheduling.NightUnit;

/**
 * The stable names of the scheduler's Quartz jobs: queuing the same establishment and
 * date twice finds the job already there instead of adding a second one.
 */
final class JobKeys {

	static final String NIGHT_GROUP = "relance-night";

	static final String SCHEDULE_GROUP = "relance-schedules";

	static final JobKey NIGHT_START = JobKey.jobKey("night-start", SCHEDULE_GROUP);

	private JobKeys() {
	}

	static JobKey unit(NightUnit unit) {
		return JobKey.jobKey("unit-" + unit.runDate() + "-" + unit.finess(), NIGHT_GROUP);
	}

	static JobKey consolidation(LocalDate runDate) {
		return JobKey.jobKey("consolidate-" + runDate, NIGHT_GROUP);
	}

}
