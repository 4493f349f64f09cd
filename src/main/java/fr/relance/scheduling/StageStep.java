package fr.relance.scheduling;

import org.springframework.batch.core.step.Step;

/**
 * How a stage package plugs into the nightly job: it declares a bean of this type whose step is named after the
 * stage ({@link PipelineStage#stepName()}). A stage may be a flow of several steps wrapped in one step.
 */
public record StageStep(PipelineStage stage, Step step) {

	public StageStep {
		if (!step.getName().equals(stage.stepName())) {
			throw new IllegalArgumentException(
					"the step of stage " + stage + " must be named '" + stage.stepName() + "', not " + step.getName());
		}
	}

}
