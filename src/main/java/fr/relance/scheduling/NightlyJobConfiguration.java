package fr.relance.scheduling;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import fr.relance.support.batch.PipelineStage;
import fr.relance.support.batch.StageLogListener;
import fr.relance.support.batch.StageStep;

/**
 * The {@code nightly} job: one step per pipeline stage, in pipeline order, identified by the run date. Stages not
 * built yet run as explicit no-op steps, so the job's shape never changes when a stage arrives.
 */
@Configuration(proxyBeanMethods = false)
class NightlyJobConfiguration {

	static final String JOB_NAME = "nightly";

	@Bean
	Job nightlyJob(JobRepository repository, PlatformTransactionManager transactionManager, List<StageStep> built) {
		Map<PipelineStage, Step> steps = new EnumMap<>(PipelineStage.class);
		built.stream().filter(s -> !s.override()).forEach(s -> {
			if (steps.put(s.stage(), s.step()) != null) {
				throw new IllegalStateException("two steps are declared for stage " + s.stage());
			}
		});
		built.stream().filter(StageStep::override).forEach(s -> steps.put(s.stage(), s.step()));
		SimpleJobBuilder job = null;
		for (PipelineStage stage : PipelineStage.values()) {
			Step step = steps.computeIfAbsent(stage, s -> notBuiltYet(s, repository, transactionManager));
			if (step instanceof AbstractStep listened) {
				listened.registerStepExecutionListener(new StageLogListener());
			}
			job = job == null ? new JobBuilder(JOB_NAME, repository).start(step) : job.next(step);
		}
		return job.build();
	}

	private static Step notBuiltYet(PipelineStage stage, JobRepository repository, PlatformTransactionManager tm) {
		return new StepBuilder(stage.stepName(), repository).tasklet(new NotBuiltYetTasklet(), tm).build();
	}

}
