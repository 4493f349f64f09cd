package fr.relance.scheduling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import fr.relance.support.batch.NightParameters;
import fr.relance.support.batch.NightWideTask;
import fr.relance.support.batch.StageReport;

/**
 * The consolidation of a night: every stage's night-wide task, in stage order. One that
 * fails does not stop the others; the step fails after them so that the closing runs
 * again. Names the establishments missing from it.
 */
class ConsolidationTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ConsolidationTasklet.class);

	private final List<NightWideTask> tasks;

	ConsolidationTasklet(List<NightWideTask> tasks) {
		this.tasks = tasks;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		StepExecution step = contribution.getStepExecution();
		LocalDate night = NightParameters.runDate(step);
		String missing = step.getJobParameters().getString(NightParameters.MISSING, "");
		List<String> failures = new ArrayList<>();
		for (NightWideTask task : this.tasks) {
			try {
				task.run(night, step);
			}
			catch (RuntimeException e) {
				log.error("consolidation of {} ({}) failed: {}", night, task.stage().stepName(), e.getMessage(), e);
				failures.add(task.stage().stepName() + ": " + e.getMessage());
			}
		}
		StageReport.addCounts(step, this.tasks.size(), this.tasks.size() - failures.size());
		if (!missing.isEmpty()) {
			String alert = "consolidated files of " + night + " are without establishment(s) " + missing
					+ ", whose night did not complete: they are written again once it does";
			log.warn("ALERT {}", alert);
			StageReport.alert(step, alert);
		}
		StageReport.note(step,
				missing.isEmpty() ? "every establishment consolidated" : "consolidated without " + missing);
		if (!failures.isEmpty()) {
			throw new IllegalStateException("consolidation failed for " + String.join("; ", failures));
		}
		return RepeatStatus.FINISHED;
	}

}
