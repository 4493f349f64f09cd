package fr.relance.support.batch;

import org.springframework.batch.core.step.Step;

/**
 * How a stage package plugs into the nightly job: it declares a bean of this type whose
 * step is named after the stage ({@link PipelineStage#stepName()}). A stage may be a flow
 * of several steps wrapped in one step.
 *
 * @param override replaces the regular step of its stage (rehearsals and tests of failure
 * and restart)
 */
public record StageStep(PipelineStage stage, Step step, boolean override) {

	public StageStep {
		if (!step.getName().equals(stage.stepName())) {
			throw new IllegalArgumentException(
					"the step of stage " + stage + " must be named '" + stage.stepName() + "', not " + step.getName());
		}
	}

	public StageStep(PipelineStage stage, Step step) {
		this(stage, step, false);
	}

	public static StageStep override(PipelineStage stage, Step step) {
		return new StageStep(stage, step, true);
	}

}
