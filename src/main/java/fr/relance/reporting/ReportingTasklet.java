package fr.relance.reporting;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import fr.relance.establishment.Establishment;
import fr.relance.establishment.EstablishmentDirectory;
import fr.relance.support.batch.StageReport;

/**
 * The reporting stage: the night of every configured establishment recorded in the KPI history (one transaction, so
 * a resumed night rewrites it), then the reports written from that history, each establishment's into its drop folder
 * and the consolidated ones for ops.
 */
class ReportingTasklet implements Tasklet {

	private final EstablishmentDirectory establishments;

	private final KpiHistory history;

	private final NightReports reports;

	ReportingTasklet(EstablishmentDirectory establishments, KpiHistory history, NightReports reports) {
		this.establishments = establishments;
		this.history = history;
		this.reports = reports;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		StepExecution step = contribution.getStepExecution();
		LocalDate night = step.getJobParameters().getLocalDate("runDate");
		List<String> finesses = new ArrayList<>();
		for (Establishment establishment : this.establishments.all()) {
			finesses.add(establishment.finess());
		}
		this.history.record(finesses, night);
		List<Path> written = this.reports.write(finesses, night);
		StageReport.addCounts(step, finesses.size(), written.size());
		StageReport.note(step, finesses.size() + " establishments reported; " + written.size() + " report files");
		return RepeatStatus.FINISHED;
	}

}
