package fr.relance.support.batch;

import java.time.LocalDate;

import org.springframework.batch.core.step.StepExecution;

/**
 * Work of a stage that needs every establishment of the date (an ops-wide export, a
 * consolidated report): run once, in stage order, by the closing of the night after every
 * establishment's unit has ended. Rewrites its output whole, so running it again after a
 * late establishment completes is safe.
 */
public interface NightWideTask {

	PipelineStage stage();

	void run(LocalDate night, StepExecution step);

}
