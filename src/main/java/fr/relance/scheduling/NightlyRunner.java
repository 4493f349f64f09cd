package fr.relance.scheduling;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import fr.relance.establishment.EstablishmentDirectory;
import fr.relance.intake.IntakeFigures;
import fr.relance.intake.SourceFiles;
import fr.relance.support.batch.FileLine;
import fr.relance.support.batch.PipelineStage;
import fr.relance.support.batch.RunSummaries;
import fr.relance.support.batch.RunSummary;
import fr.relance.support.config.RelanceProperties;
import fr.relance.support.db.RunLock;
import fr.relance.support.failure.Failures;

/**
 * Runs one night. A run date is one job instance: a completed night is never run twice, a failed one resumes at the
 * step that failed, and a night left "running" by a killed engine is recovered first (the run lock proves nobody is
 * running it).
 */
@Component
public class NightlyRunner {

	private static final Logger log = LoggerFactory.getLogger(NightlyRunner.class);

	private static final List<String> STAGES = Arrays.stream(PipelineStage.values())
		.map(PipelineStage::stepName)
		.toList();

	private final Job nightlyJob;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final DataSource dataSource;

	private final RelanceProperties properties;

	private final SourceFiles sourceFiles;

	private final EstablishmentDirectory establishments;

	NightlyRunner(Job nightlyJob, JobOperator jobOperator, JobRepository jobRepository, DataSource dataSource,
			RelanceProperties properties, SourceFiles sourceFiles, EstablishmentDirectory establishments) {
		this.sourceFiles = sourceFiles;
		this.establishments = establishments;
		this.nightlyJob = nightlyJob;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.dataSource = dataSource;
		this.properties = properties;
	}

	public static JobParameters parameters(LocalDate runDate) {
		return new JobParametersBuilder().addLocalDate("runDate", runDate, true).toJobParameters();
	}

	public NightOutcome run(LocalDate runDate) throws Exception {
		try (RunLock lock = RunLock.acquire(dataSource)) {
			JobParameters parameters = parameters(runDate);
			JobExecution last = jobRepository.getLastJobExecution(NightlyJobConfiguration.JOB_NAME, parameters);
			if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
				log.info("night {} already completed on {}: nothing to do", runDate, last.getEndTime());
				return outcome(last, runDate, true);
			}
			if (last != null && last.getStatus().isRunning()) {
				// We hold the run lock, so this execution's engine is dead: mark it failed to restart it.
				log.warn("night {} was left {} by an engine that stopped abruptly; recovering it", runDate,
						last.getStatus());
				jobOperator.recover(last);
			}
			JobExecution execution = jobOperator.start(nightlyJob, parameters);
			return outcome(execution, runDate, false);
		}
	}

	private NightOutcome outcome(JobExecution execution, LocalDate runDate, boolean alreadyCompleted) {
		List<FileLine> files = sourceFiles.ofNight(runDate);
		RunSummary summary = RunSummaries.of(jobRepository, execution, STAGES, runDate, files);
		// a file refused at import counts as quarantined by intake: intake's line is restated from the registry
		summary = summary.withStage(PipelineStage.INTAKE.stepName(),
				line -> IntakeFigures.restate(line, files, establishments.all().size()));
		List<String> failures = execution.getAllFailureExceptions().stream()
			.map(NightlyRunner::message)
			.distinct()
			.toList();
		return new NightOutcome(summary, RunSummaries.writeJson(summary, properties.out()), alreadyCompleted, failures);
	}

	/** What ops can act on, else the first message that says what went wrong. */
	private static String message(Throwable failure) {
		Optional<String> explained = Failures.explain(failure);
		if (explained.isPresent()) {
			return explained.get();
		}
		Throwable t = failure;
		while (t.getCause() != null && t.getCause() != t && t.getMessage() == null) {
			t = t.getCause();
		}
		return t.getMessage() != null ? t.getMessage() : t.toString();
	}

}
