package fr.relance.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import fr.relance.establishment.Establishment;
import fr.relance.establishment.EstablishmentDirectory;
import fr.relance.establishment.EstablishmentSync;
import fr.relance.support.batch.StageReport;

/**
 * The intake stage: for every configured establishment, take the complete files of its {@code in/} folder. A
 * failure on one establishment's folder does not stop the others; the stage then fails so the night can be resumed.
 */
class IntakeTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(IntakeTasklet.class);

	private final EstablishmentDirectory establishments;

	private final EstablishmentSync sync;

	private final FileIntake intake;

	IntakeTasklet(EstablishmentDirectory establishments, EstablishmentSync sync, FileIntake intake) {
		this.establishments = establishments;
		this.sync = sync;
		this.intake = intake;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		LocalDate runDate = chunkContext.getStepContext().getStepExecution().getJobParameters().getLocalDate("runDate");
		sync.sync();
		IntakeResult total = IntakeResult.NONE;
		List<String> failures = new ArrayList<>();
		for (Establishment establishment : establishments.all()) {
			try {
				total = total.plus(intake.take(establishment, runDate));
			}
			catch (RuntimeException e) {
				log.error("intake of establishment {} failed: {}", establishment.finess(), e.getMessage());
				log.debug("intake failure of {}", establishment.finess(), e);
				failures.add(establishment.finess() + ": " + e.getMessage());
			}
		}
		StepExecution step = contribution.getStepExecution();
		StageReport.addCounts(step, total.taken(), total.accepted());
		StageReport.addRejected(step, total.quarantined());
		StageReport.addFigure(step, IntakeFigures.ACCEPTED, total.accepted());
		StageReport.addFigure(step, IntakeFigures.DUPLICATES, total.duplicates());
		StageReport.addFigure(step, IntakeFigures.QUARANTINED, total.quarantined());
		StageReport.setFigure(step, IntakeFigures.WAITING, total.waiting());
		StageReport.addFigure(step, IntakeFigures.PULL_FAILURES, total.pullFailures());
		StageReport.note(step, IntakeFigures.note(establishments.all().size(), StageReport.figure(step,
				IntakeFigures.ACCEPTED), StageReport.figure(step, IntakeFigures.DUPLICATES), StageReport.figure(step,
				IntakeFigures.QUARANTINED), 0, total.waiting(), StageReport.figure(step, IntakeFigures.PULL_FAILURES)));
		if (!failures.isEmpty()) {
			throw new IllegalStateException("intake failed for " + String.join("; ", failures));
		}
		return RepeatStatus.FINISHED;
	}

}
