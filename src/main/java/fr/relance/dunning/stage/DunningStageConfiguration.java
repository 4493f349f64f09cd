package fr.relance.dunning.stage;

import org.jdbi.v3.core.Jdbi;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import fr.relance.establishment.EstablishmentDirectory;
import fr.relance.support.batch.PipelineStage;
import fr.relance.support.batch.StageStep;
import fr.relance.support.config.RelanceProperties;

/** The dunning stage of the nightly job. */
@Configuration(proxyBeanMethods = false)
class DunningStageConfiguration {

	@Bean
	StageStep dunningStage(JobRepository repository, PlatformTransactionManager transactionManager,
			EstablishmentDirectory establishments, DunningNight night, Jdbi jdbi, RelanceProperties properties,
			DunningProperties dunning) {
		return new StageStep(PipelineStage.DUNNING,
				new StepBuilder(PipelineStage.DUNNING.stepName(), repository)
					.tasklet(new DunningTasklet(establishments, night, jdbi, properties,
							new StaleLedgerAlerts(dunning.settings())), transactionManager)
					.build());
	}

}
