package fr.relance.dunning.stage;

import java.time.LocalDate;

import org.jdbi.v3.core.Jdbi;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import fr.relance.dunning.stage.internal.CsvExport;
import fr.relance.support.batch.NightWideTask;
import fr.relance.support.batch.PipelineStage;
import fr.relance.support.config.RelanceProperties;

/**
 * Ops' CSV files of the night's decisions and calibration, over every establishment,
 * written at the closing.
 */
@Component
class DecisionExports implements NightWideTask {

	private final Jdbi jdbi;

	private final RelanceProperties properties;

	DecisionExports(Jdbi jdbi, RelanceProperties properties) {
		this.jdbi = jdbi;
		this.properties = properties;
	}

	@Override
	public PipelineStage stage() {
		return PipelineStage.DUNNING;
	}

	@Override
	public void run(LocalDate night, StepExecution step) {
		this.jdbi.useHandle((handle) -> {
			CsvExport export = new CsvExport(handle);
			export.decisions(this.properties.out(), night);
			export.calibration(this.properties.out(), night);
		});
	}

}
