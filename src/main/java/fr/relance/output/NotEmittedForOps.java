package fr.relance.output;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import fr.relance.establishment.EstablishmentDirectory;
import fr.relance.support.batch.NightWideTask;
import fr.relance.support.batch.PipelineStage;
import fr.relance.support.config.RelanceProperties;

/**
 * At the closing of a night, ops' list of the actions that could not go out, every
 * establishment's part in the directory's order (an establishment whose output did not
 * run has no part, and is named missing by the closing).
 */
@Component
class NotEmittedForOps implements NightWideTask {

	private final EstablishmentDirectory establishments;

	private final RelanceProperties properties;

	NotEmittedForOps(EstablishmentDirectory establishments, RelanceProperties properties) {
		this.establishments = establishments;
		this.properties = properties;
	}

	@Override
	public PipelineStage stage() {
		return PipelineStage.OUTPUT;
	}

	@Override
	public void run(LocalDate night, StepExecution step) {
		Path out = this.properties.out();
		List<Path> parts = this.establishments.all()
			.stream()
			.map((e) -> NotEmittedReport.opsPart(out, night, e.finess()))
			.filter(Files::isRegularFile)
			.toList();
		NotEmittedReport.mergeForOps(out, night, parts);
	}

}
