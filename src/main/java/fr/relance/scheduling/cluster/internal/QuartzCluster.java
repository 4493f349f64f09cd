package fr.relance.scheduling.cluster.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TimeZone;

import javax.sql.DataSource;

import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.spi.JobFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

import fr.relance.scheduling.NightUnits;
import fr.relance.scheduling.cluster.NightSchedule;
import fr.relance.scheduling.cluster.SchedulerSettings;

/**
 * The Quartz scheduler of this node: JDBC job store on the engine's own data source (the
 * tables of {@code V20261123.02__quartz_schema.sql}), clustered, one name for every node
 * ({@code relance}) and an instance id per process.
 */
public final class QuartzCluster {

	static final String NAME = "relance";

	private static final Logger LOG = LoggerFactory.getLogger(QuartzCluster.class);

	private final SchedulerFactoryBean factory = new SchedulerFactoryBean();

	private final Scheduler scheduler;

	public QuartzCluster(DataSource dataSource, NightUnits units, SchedulerSettings settings) throws Exception {
		factory.setSchedulerName(NAME);
		factory.setDataSource(dataSource);
		factory.setQuartzProperties(properties(settings));
		factory.setJobFactory(jobFactory(units, settings));
		factory.setAutoStartup(false);
		factory.setWaitForJobsToCompleteOnShutdown(true);
		factory.afterPropertiesSet();
		scheduler = factory.getObject();
	}

	static Properties properties(SchedulerSettings settings) {
		Properties p = new Properties();
		p.setProperty("org.quartz.scheduler.instanceName", NAME);
		p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
		p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
		p.setProperty("org.quartz.threadPool.threadCount", String.valueOf(settings.threads()));
		// units queued by another node are seen at the next poll of the store (Quartz's
		// default waits 30 s when idle)
		p.setProperty("org.quartz.scheduler.idleWaitTime",
				String.valueOf(Math.min(5000, settings.checkinInterval().toMillis())));
		p.setProperty("org.quartz.jobStore.isClustered", "true");
		p.setProperty("org.quartz.jobStore.clusterCheckinInterval",
				String.valueOf(settings.checkinInterval().toMillis()));
		p.setProperty("org.quartz.jobStore.misfireThreshold", String.valueOf(settings.misfireThreshold().toMillis()));
		p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
		p.setProperty("org.quartz.jobStore.tablePrefix", "qrtz_");
		// with several nodes, taking triggers under the store's row lock keeps two nodes
		// from firing the same one
		p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
		return p;
	}

	private static JobFactory jobFactory(NightUnits units, SchedulerSettings settings) {
		return (bundle, scheduler) -> {
			Class<? extends Job> type = bundle.getJobDetail().getJobClass();
			if (type == UnitJob.class) {
				return new UnitJob(units, settings);
			}
			if (type == ConsolidationJob.class) {
				return new ConsolidationJob(units);
			}
			if (type == NightStartJob.class) {
				return new NightStartJob(units, settings);
			}
			throw new SchedulerException("not a job of Relance's scheduler: " + type.getName());
		};
	}

	/**
	 * Makes the cluster's schedules those of the file: each one's cron trigger added or
	 * replaced, triggers of schedules no longer in the file removed. Every node does it
	 * at start, so the file must be the same on all. Two nodes starting at once may both
	 * find a schedule missing and add it: the second one's insert is refused, and it
	 * applies the file again, now finding what the first one wrote.
	 */
	public void applySchedules(List<NightSchedule> schedules) throws SchedulerException {
		for (int attempt = 1;; attempt++) {
			try {
				applySchedulesOnce(schedules);
				return;
			}
			catch (SchedulerException e) {
				if (attempt == 5 || !writtenMeanwhile(e)) {
					throw e;
				}
				LOG.info("scheduler: another node wrote the schedules at the same time; applying them again");
				try {
					Thread.sleep(200L * attempt);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw e;
				}
			}
		}
	}

	/**
	 * Another node inserted the same job or trigger between our look and our insert
	 * (PostgreSQL 23505).
	 */
	private static boolean writtenMeanwhile(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof ObjectAlreadyExistsException
					|| t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	private void applySchedulesOnce(List<NightSchedule> schedules) throws SchedulerException {
		JobDetail start = JobBuilder.newJob(NightStartJob.class)
			.withIdentity(JobKeys.NIGHT_START)
			.storeDurably()
			.build();
		scheduler.addJob(start, true);
		Set<TriggerKey> kept = new HashSet<>();
		for (NightSchedule s : schedules) {
			CronScheduleBuilder cron = CronScheduleBuilder.cronSchedule(s.cron())
				.inTimeZone(TimeZone.getTimeZone(s.timeZone()));
			cron = s.misfire() == NightSchedule.Misfire.FIRE_NOW ? cron.withMisfireHandlingInstructionFireAndProceed()
					: cron.withMisfireHandlingInstructionDoNothing();
			TriggerKey key = TriggerKey.triggerKey(s.name(), JobKeys.SCHEDULE_GROUP);
			CronTrigger trigger = TriggerBuilder.newTrigger()
				.withIdentity(key)
				.forJob(start)
				.withSchedule(cron)
				.usingJobData(NightStartJob.BUSINESS_DATE, s.businessDate().name())
				.usingJobData(NightStartJob.TIME_ZONE, s.timeZone().getId())
				.withDescription(s.cron() + " " + s.timeZone().getId())
				.build();
			CronTrigger existing = (CronTrigger) scheduler.getTrigger(key);
			if (existing == null) {
				scheduler.scheduleJob(trigger);
			}
			else if (!same(existing, trigger)) {
				// replaced only when it changed: replacing would recompute a next fire
				// time another node may be at
				scheduler.rescheduleJob(key, trigger);
			}
			kept.add(key);
		}
		for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(JobKeys.SCHEDULE_GROUP))) {
			if (!kept.contains(key)) {
				LOG.info("scheduler: schedule {} is no longer in the schedule file: removed", key.getName());
				scheduler.unscheduleJob(key);
			}
		}
	}

	private static boolean same(CronTrigger a, CronTrigger b) {
		return a.getCronExpression().equals(b.getCronExpression()) && a.getTimeZone().equals(b.getTimeZone())
				&& a.getMisfireInstruction() == b.getMisfireInstruction()
				&& a.getJobDataMap().equals(b.getJobDataMap());
	}

	public Scheduler scheduler() {
		return scheduler;
	}

	public void start() throws SchedulerException {
		scheduler.start();
	}

	/** Takes no new unit, waits for the running ones to end, leaves the cluster. */
	public void stop() {
		try {
			factory.destroy();
		}
		catch (SchedulerException e) {
			LOG.warn("scheduler: did not stop cleanly: {}", e.getMessage());
		}
	}

}
