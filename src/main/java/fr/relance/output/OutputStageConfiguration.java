package fr.relance.output;

import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import fr.relance.establishment.EstablishmentDirectory;
import fr.relance.support.batch.PipelineStage;
import fr.relance.support.batch.StageStep;
import fr.relance.support.config.RelanceProperties;

/** The output stage of the nightly job: every emitter bean, per establishment. */
@Configuration(proxyBeanMethods = false)
class OutputStageConfiguration {

	@Bean
	EmissionProtocol emissionProtocol(Jdbi jdbi, PlatformTransactionManager transactionManager) {
		return new EmissionProtocol(jdbi, transactionManager);
	}

	@Bean
	OutputNight outputNight(Jdbi jdbi, PlatformTransactionManager transactionManager, List<Emitter> emitters,
			EmissionProtocol protocol, ObjectProvider<StandingList> standingLists) {
		return new OutputNight(jdbi, transactionManager, emitters, protocol, standingLists.orderedStream().toList());
	}

	@Bean
	StageStep outputStage(JobRepository repository, PlatformTransactionManager transactionManager,
			EstablishmentDirectory establishments, OutputNight night, RelanceProperties properties) {
		return new StageStep(PipelineStage.OUTPUT,
				new StepBuilder(PipelineStage.OUTPUT.stepName(), repository)
					.tasklet(new OutputTasklet(establishments, night, properties), transactionManager)
					.build());
	}

}
