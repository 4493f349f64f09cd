package fr.relance.reporting;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import fr.relance.support.batch.NightWideTask;
import fr.relance.support.batch.PipelineStage;
import fr.relance.support.batch.StageReport;

/**
 * At the closing of a night, the consolidated KPI reports over every establishment's
 * recorded night.
 */
@Component
class ConsolidatedReports implements NightWideTask {

	private final NightReports reports;

	ConsolidatedReports(NightReports reports) {
		this.reports = reports;
	}

	@Override
	public PipelineStage stage() {
		return PipelineStage.REPORTING;
	}

	@Override
	public void run(LocalDate night, StepExecution step) {
		List<Path> written = this.reports.writeConsolidated(night);
		StageReport.addFigure(step, "consolidatedReportFiles", written.size());
	}

}
