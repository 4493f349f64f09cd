package fr.relance.scheduling.cluster.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.relance.scheduling.NightOutcome;
import fr.relance.scheduling.NightUnits;

/**
 * Polls until every unit of the date has ended, then runs the steps that need every
 * establishment once ({@link NightUnits#consolidateIfEnded}) and removes itself.
 */
@DisallowConcurrentExecution
final class ConsolidationJob implements Job {

	private static final Logger LOG = LoggerFactory.getLogger(ConsolidationJob.class);

	private final NightUnits units;

	ConsolidationJob(NightUnits units) {
		this.units = units;
	}

	@Override
	public void execute(JobExecutionContext context) {
		LocalDate runDate = LocalDate.parse(context.getMergedJobDataMap().getString(NightQueue.RUN_DATE));
		Optional<NightOutcome> outcome;
		try {
			outcome = units.consolidateIfEnded(runDate);
		}
		catch (RuntimeException e) {
			LOG.error("scheduler: consolidation of {} failed: {}; tried again in the next poll", runDate, e.toString(),
					e);
			return;
		}
		if (outcome.isEmpty()) {
			return; // a unit has not ended yet
		}
		NightOutcome night = outcome.get();
		if (night.completed()) {
			LOG.info("scheduler: night {} consolidated on {}: COMPLETED; summary {}", runDate, UnitJob.nodeOf(context),
					night.summaryFile());
		}
		else {
			LOG.error(
					"scheduler: night {} consolidated on {}: {}: {}; summary {}; rerun the failed establishments with:"
							+ " ops/relance nightly --date {}",
					runDate, UnitJob.nodeOf(context), night.summary().status(), String.join("; ", night.failures()),
					night.summaryFile(), runDate);
		}
		try {
			context.getScheduler().deleteJob(context.getJobDetail().getKey());
		}
		catch (SchedulerException e) {
			LOG.warn("scheduler: the consolidation job of {} could not remove itself ({}); its next poll finds the"
					+ " night consolidated already", runDate, e.getMessage());
		}
	}

}
