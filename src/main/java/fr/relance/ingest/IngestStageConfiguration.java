package fr.relance.ingest;

import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import fr.relance.establishment.EstablishmentDirectory;
import fr.relance.intake.SourceFiles;
import fr.relance.support.batch.PipelineStage;
import fr.relance.support.batch.StageStep;

/**
 * The ingest stage of the nightly job: every {@link FileImporter} bean takes the received
 * files of its kind.
 */
@Configuration(proxyBeanMethods = false)
class IngestStageConfiguration {

	@Bean
	StageStep ingestStage(JobRepository repository, PlatformTransactionManager transactionManager,
			EstablishmentDirectory establishments, List<FileImporter> importers, FileImports imports, Jdbi jdbi,
			HeldSnapshots heldSnapshots, SourceFiles sourceFiles) {
		return new StageStep(PipelineStage.INGEST,
				new StepBuilder(PipelineStage.INGEST.stepName(), repository)
					.tasklet(new IngestTasklet(establishments, importers, imports, jdbi, heldSnapshots, sourceFiles),
							transactionManager)
					.build());
	}

}
