package fr.relance.scheduling;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import fr.relance.support.db.FreshStatistics;

/**
 * After each stage of an establishment's night, the tables it changed much are analysed,
 * so that the next stage is planned on their real size. A failure here fails nothing: the
 * statistics stay as they were.
 */
class FreshStatisticsListener implements StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(FreshStatisticsListener.class);

	private final FreshStatistics statistics;

	FreshStatisticsListener(FreshStatistics statistics) {
		this.statistics = statistics;
	}

	@Override
	public ExitStatus afterStep(StepExecution step) {
		try {
			this.statistics.refresh();
		}
		catch (RuntimeException e) {
			log.warn("statistics not refreshed after {}: {}", step.getStepName(), e.getMessage());
		}
		return step.getExitStatus();
	}

}
