package fr.relance.scheduling.cluster.internal;

import java.time.LocalDate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.relance.scheduling.NightUnit;
import fr.relance.scheduling.cluster.SchedulerSettings;

/**
 * Puts a night's units and its consolidation in the cluster's queue (the Quartz tables):
 * one job per unit, never durable (it disappears once it has run), asking for recovery
 * (re-fired on another node when its node dies), under a stable key so that a second
 * queuing of the same unit finds the first.
 */
public final class NightQueue {

	private static final Logger LOG = LoggerFactory.getLogger(NightQueue.class);

	static final String FINESS = "finess";

	static final String RUN_DATE = "runDate";

	static final String ATTEMPT = "attempt";

	private final Scheduler scheduler;

	private final SchedulerSettings settings;

	public NightQueue(Scheduler scheduler, SchedulerSettings settings) {
		this.scheduler = scheduler;
		this.settings = settings;
	}

	/**
	 * Queues every unit not queued yet, then the consolidation of the date; how many
	 * units were new.
	 */
	public int queue(LocalDate runDate, List<NightUnit> units) throws SchedulerException {
		int queued = 0;
		for (NightUnit unit : units) {
			JobDetail job = JobBuilder.newJob(UnitJob.class)
				.withIdentity(JobKeys.unit(unit))
				.usingJobData(FINESS, unit.finess())
				.usingJobData(RUN_DATE, unit.runDate().toString())
				.storeDurably(false)
				.requestRecovery(true)
				.build();
			Trigger now = TriggerBuilder.newTrigger()
				.withIdentity(job.getKey().getName(), JobKeys.NIGHT_GROUP)
				.forJob(job)
				.startNow()
				.withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
				.build();
			if (add(job, now)) {
				queued++;
			}
		}
		JobDetail consolidation = JobBuilder.newJob(ConsolidationJob.class)
			.withIdentity(JobKeys.consolidation(runDate))
			.usingJobData(RUN_DATE, runDate.toString())
			.storeDurably(false)
			.requestRecovery(true)
			.build();
		long poll = settings.consolidationPoll().toMillis();
		Trigger polling = TriggerBuilder.newTrigger()
			.withIdentity(consolidation.getKey().getName(), JobKeys.NIGHT_GROUP)
			.forJob(consolidation)
			.startAt(new Date(System.currentTimeMillis() + poll))
			.withSchedule(SimpleScheduleBuilder.simpleSchedule()
				.withIntervalInMilliseconds(poll)
				.repeatForever()
				.withMisfireHandlingInstructionNextWithRemainingCount())
			.build();
		add(consolidation, polling);
		return queued;
	}

	/**
	 * Fires the unit's job again after {@code settings.busyRetry()}, as its
	 * {@code attempt}-th try: called while it runs, so the job (not durable) is not
	 * deleted when the current trigger ends.
	 */
	static void retryLater(Scheduler scheduler, JobKey unitJob, SchedulerSettings settings, int attempt)
			throws SchedulerException {
		Instant at = Instant.now().plus(settings.busyRetry());
		scheduler.scheduleJob(TriggerBuilder.newTrigger()
			.withIdentity(unitJob.getName() + "-retry-" + UUID.randomUUID(), JobKeys.NIGHT_GROUP)
			.forJob(unitJob)
			.usingJobData(ATTEMPT, attempt)
			.startAt(Date.from(at))
			.withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
			.build());
	}

	private boolean add(JobDetail job, Trigger trigger) throws SchedulerException {
		if (scheduler.checkExists(job.getKey())) {
			LOG.info("scheduler: {} is queued already", job.getKey().getName());
			return false;
		}
		try {
			scheduler.scheduleJob(job, trigger);
			return true;
		}
		catch (ObjectAlreadyExistsException e) {
			// another node queued it between the check and now
			return false;
		}
	}

}
