package fr.relance.scheduling;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import fr.relance.support.batch.StageReport;

/**
 * Stands in for a stage that does not exist yet, and says so in the run summary rather
 * than pretending.
 */
class NotBuiltYetTasklet implements Tasklet {

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		StageReport.note(contribution.getStepExecution(), "not built yet: no-op");
		return RepeatStatus.FINISHED;
	}

}
