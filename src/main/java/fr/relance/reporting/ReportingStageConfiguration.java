package fr.relance.reporting;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import fr.relance.establishment.EstablishmentDirectory;
import fr.relance.support.batch.PipelineStage;
import fr.relance.support.batch.StageStep;

/** The reporting stage of the nightly job. */
@Configuration(proxyBeanMethods = false)
class ReportingStageConfiguration {

	@Bean
	StageStep reportingStage(JobRepository repository, PlatformTransactionManager transactionManager,
			EstablishmentDirectory establishments, KpiHistory history, NightReports reports) {
		return new StageStep(PipelineStage.REPORTING,
				new StepBuilder(PipelineStage.REPORTING.stepName(), repository)
					.tasklet(new ReportingTasklet(establishments, history, reports), transactionManager)
					.build());
	}

}
