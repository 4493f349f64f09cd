package fr.relance.scheduling.cluster.internal;

import java.time.LocalDate;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.relance.scheduling.NightUnit;
import fr.relance.scheduling.NightUnits;
import fr.relance.scheduling.UnitOutcome;
import fr.relance.scheduling.cluster.SchedulerSettings;

/**
 * Runs one establishment's night. BUSY (another process runs it: the one-shot nightly, or
 * a node that took it before a recovery) is tried again later; FAILED is logged with its
 * reasons and left for ops, never retried in a loop.
 */
@DisallowConcurrentExecution
final class UnitJob implements Job {

	private static final Logger LOG = LoggerFactory.getLogger(UnitJob.class);

	/**
	 * Tries of a unit whose run could not even start (not BUSY ones: another process is
	 * doing the work then).
	 */
	static final int MAX_ATTEMPTS = 3;

	private final NightUnits units;

	private final SchedulerSettings settings;

	UnitJob(NightUnits units, SchedulerSettings settings) {
		this.units = units;
		this.settings = settings;
	}

	@Override
	public void execute(JobExecutionContext context) throws JobExecutionException {
		JobDataMap data = context.getMergedJobDataMap();
		NightUnit unit = new NightUnit(LocalDate.parse(data.getString(NightQueue.RUN_DATE)),
				data.getString(NightQueue.FINESS));
		String node = nodeOf(context);
		LOG.info("scheduler: unit {} taken by {}{}", unit, node,
				context.isRecovering() ? " (recovered from a node" + " that stopped)" : "");
		UnitOutcome outcome;
		try {
			outcome = units.run(unit);
		}
		catch (RuntimeException e) {
			// the unit could not even be tried (a maintenance command holds the database,
			// the database did not
			// answer): tried again a few times, then left for ops like a failed unit
			int attempt = data.containsKey(NightQueue.ATTEMPT) ? data.getIntValue(NightQueue.ATTEMPT) : 1;
			if (attempt < MAX_ATTEMPTS) {
				LOG.warn("scheduler: unit {} could not be run on {} ({}); tried again in {} (attempt {} of {})", unit,
						node, e.toString(), settings.busyRetry(), attempt, MAX_ATTEMPTS);
				retry(context, unit, attempt + 1);
			}
			else {
				LOG.error("scheduler: unit {} FAILED on {}: {}; it is left for ops: rerun it with: ops/relance nightly"
						+ " --date {}", unit, node, e.toString(), unit.runDate(), e);
			}
			return;
		}
		if (outcome.busy()) {
			LOG.info("scheduler: unit {} is being run by another process; tried again in {}", unit,
					settings.busyRetry());
			retry(context, unit, 1);
		}
		else if (outcome.completed()) {
			LOG.info("scheduler: unit {} COMPLETED on {}{}", unit, node,
					outcome.alreadyCompleted() ? " (it had completed before: nothing ran again)" : "");
		}
		else {
			LOG.error(
					"scheduler: unit {} {} on {}: {}; it is left for ops: rerun it with: ops/relance nightly --date {}",
					unit, outcome.status(), node, String.join("; ", outcome.failures()), unit.runDate());
		}
	}

	private void retry(JobExecutionContext context, NightUnit unit, int attempt) throws JobExecutionException {
		try {
			NightQueue.retryLater(context.getScheduler(), context.getJobDetail().getKey(), settings, attempt);
		}
		catch (SchedulerException e) {
			throw new JobExecutionException("cannot queue unit " + unit + " again: " + e.getMessage(), e);
		}
	}

	static String nodeOf(JobExecutionContext context) {
		try {
			return context.getScheduler().getSchedulerInstanceId();
		}
		catch (SchedulerException e) {
			return "this node";
		}
	}

}
