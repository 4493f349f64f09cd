package fr.relance.scheduling.cluster.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

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
import fr.relance.scheduling.cluster.NightSchedule.BusinessDate;
import fr.relance.scheduling.cluster.SchedulerSettings;

/**
 * Fired by a schedule's cron trigger on one node of the cluster: prepares the night of
 * the business date the schedule gives (from the time the start was scheduled for, so a
 * late start keeps its date) and queues its units.
 */
@DisallowConcurrentExecution
final class NightStartJob implements Job {

	static final String BUSINESS_DATE = "businessDate";

	static final String TIME_ZONE = "timeZone";

	private static final Logger LOG = LoggerFactory.getLogger(NightStartJob.class);

	private final NightUnits units;

	private final SchedulerSettings settings;

	NightStartJob(NightUnits units, SchedulerSettings settings) {
		this.units = units;
		this.settings = settings;
	}

	@Override
	public void execute(JobExecutionContext context) throws JobExecutionException {
		JobDataMap data = context.getMergedJobDataMap();
		BusinessDate rule = BusinessDate.valueOf(data.getString(BUSINESS_DATE));
		ZoneId zone = ZoneId.of(data.getString(TIME_ZONE));
		LocalDate runDate = rule.of(context.getScheduledFireTime().toInstant().atZone(zone));
		String schedule = context.getTrigger().getKey().getName();
		try {
			List<NightUnit> night = units.prepare(runDate);
			int queued = new NightQueue(context.getScheduler(), settings).queue(runDate, night);
			LOG.info("scheduler: schedule {} started the night of {} on {}: {} establishment units, {} queued now",
					schedule, runDate, UnitJob.nodeOf(context), night.size(), queued);
		}
		catch (SchedulerException | RuntimeException e) {
			LOG.error("scheduler: schedule {} could not start the night of {}: {}; run it with: ops/relance nightly"
					+ " --date {}", schedule, runDate, e.toString(), runDate, e);
			throw new JobExecutionException(e, false);
		}
	}

}
