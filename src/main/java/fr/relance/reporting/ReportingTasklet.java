package fr.relance.reporting;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import fr.relance.establishment.EstablishmentDirectory;
import fr.relance.support.batch.NightParameters;
import fr.relance.support.batch.StageReport;

/**
 * The reporting stage of an establishment's night: its night recorded in the KPI history
 * (one transaction, so a resumed night rewrites it), then its reports written from that
 * history into its drop folder. The consolidated reports are written at the closing of
 * the night ({@link ConsolidatedReports}).
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
		LocalDate night = NightParameters.runDate(step);
		String finess = this.establishments.get(NightParameters.finess(step)).finess();
		this.history.record(finess, night);
		List<Path> written = this.reports.writeEstablishment(finess, night);
		StageReport.addCounts(step, 1, written.size());
		StageReport.note(step, "1 establishment reported; " + written.size() + " report files");
		return RepeatStatus.FINISHED;
	}

}
