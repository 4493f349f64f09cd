package fr.relance.intake;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import fr.relance.establishment.EstablishmentDirectory;
import fr.relance.support.batch.PipelineStage;
import fr.relance.support.batch.StageStep;

/** The intake stage of the nightly job. */
@Configuration(proxyBeanMethods = false)
class IntakeStageConfiguration {

	@Bean
	StageStep intakeStage(JobRepository repository, PlatformTransactionManager transactionManager,
			EstablishmentDirectory establishments, FileIntake intake) {
		return new StageStep(PipelineStage.INTAKE,
				new StepBuilder(PipelineStage.INTAKE.stepName(), repository)
					.tasklet(new IntakeTasklet(establishments, intake), transactionManager)
					.build());
	}

}
