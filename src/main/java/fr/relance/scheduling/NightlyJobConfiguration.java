package fr.relance.scheduling;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import fr.relance.support.batch.NightWideTask;
import fr.relance.support.batch.PipelineStage;
import fr.relance.support.batch.StageLogListener;
import fr.relance.support.batch.StageStep;
import fr.relance.support.db.FreshStatistics;

/**
 * The two jobs of a night. {@code nightly} is one establishment's night, identified by
 * the date and the FINESS: one step per stage of its own, in pipeline order.
 * {@code night-closing} runs once per date after every establishment's night has ended:
 * the consolidation (the stages' {@link NightWideTask}s), then retention. Stages not
 * built yet run as explicit no-op steps, so the jobs' shape never changes when a stage
 * arrives.
 */
@Configuration(proxyBeanMethods = false)
class NightlyJobConfiguration {

	static final String JOB_NAME = "nightly";

	static final String CLOSING_JOB_NAME = "night-closing";

	@Bean
	@Qualifier(JOB_NAME)
	Job nightlyJob(JobRepository repository, PlatformTransactionManager transactionManager, List<StageStep> built,
			FreshStatistics statistics) {
		return job(JOB_NAME, steps(built), true, repository, transactionManager,
				new FreshStatisticsListener(statistics));
	}

	@Bean
	@Qualifier(CLOSING_JOB_NAME)
	Job closingJob(JobRepository repository, PlatformTransactionManager transactionManager, List<StageStep> built,
			List<NightWideTask> tasks) {
		Map<PipelineStage, Step> steps = steps(built);
		List<NightWideTask> ordered = tasks.stream().sorted(Comparator.comparing(NightWideTask::stage)).toList();
		steps.put(PipelineStage.CONSOLIDATION,
				new StepBuilder(PipelineStage.CONSOLIDATION.stepName(), repository)
					.tasklet(new ConsolidationTasklet(ordered), transactionManager)
					.build());
		return job(CLOSING_JOB_NAME, steps, false, repository, transactionManager, null);
	}

	private static Map<PipelineStage, Step> steps(List<StageStep> built) {
		Map<PipelineStage, Step> steps = new EnumMap<>(PipelineStage.class);
		built.stream().filter(s -> !s.override()).forEach(s -> {
			if (steps.put(s.stage(), s.step()) != null) {
				throw new IllegalStateException("two steps are declared for stage " + s.stage());
			}
		});
		built.stream().filter(StageStep::override).forEach(s -> steps.put(s.stage(), s.step()));
		return steps;
	}

	private static Job job(String name, Map<PipelineStage, Step> steps, boolean perEstablishment,
			JobRepository repository, PlatformTransactionManager transactionManager, StepExecutionListener statistics) {
		SimpleJobBuilder job = null;
		for (PipelineStage stage : PipelineStage.values()) {
			if (stage.perEstablishment() != perEstablishment) {
				continue;
			}
			Step step = steps.get(stage);
			if (step == null) {
				step = notBuiltYet(stage, repository, transactionManager);
			}
			if (step instanceof AbstractStep listened) {
				listened.registerStepExecutionListener(new StageLogListener());
				if (statistics != null) {
					listened.registerStepExecutionListener(statistics);
				}
			}
			job = job == null ? new JobBuilder(name, repository).start(step) : job.next(step);
		}
		return job.build();
	}

	private static Step notBuiltYet(PipelineStage stage, JobRepository repository, PlatformTransactionManager tm) {
		return new StepBuilder(stage.stepName(), repository).tasklet(new NotBuiltYetTasklet(), tm).build();
	}

}
