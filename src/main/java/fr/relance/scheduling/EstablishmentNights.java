package fr.relance.scheduling;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import fr.relance.establishment.Establishment;
import fr.relance.establishment.EstablishmentDirectory;
import fr.relance.establishment.EstablishmentSync;
import fr.relance.support.batch.NightParameters;
import fr.relance.support.db.NightLock;
import fr.relance.support.failure.Failures;

/**
 * The establishments' nights on the Spring Batch job repository: each unit is one
 * {@code nightly} job instance (date and FINESS), so a completed unit never runs again, a
 * failed one resumes at the step that failed, and one left running by a killed engine is
 * recovered first (its establishment's lock, free again, proves nobody runs it).
 */
@Component
class EstablishmentNights implements NightUnits {

	private static final Logger log = LoggerFactory.getLogger(EstablishmentNights.class);

	private final Job nightlyJob;

	private final Job closingJob;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final DataSource dataSource;

	private final EstablishmentDirectory establishments;

	private final EstablishmentSync sync;

	private final NightSummaries summaries;

	EstablishmentNights(@Qualifier(NightlyJobConfiguration.JOB_NAME) Job nightlyJob,
			@Qualifier(NightlyJobConfiguration.CLOSING_JOB_NAME) Job closingJob, JobOperator jobOperator,
			JobRepository jobRepository, DataSource dataSource, EstablishmentDirectory establishments,
			EstablishmentSync sync, NightSummaries summaries) {
		this.nightlyJob = nightlyJob;
		this.closingJob = closingJob;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.dataSource = dataSource;
		this.establishments = establishments;
		this.sync = sync;
		this.summaries = summaries;
	}

	@Override
	public List<NightUnit> prepare(LocalDate runDate) {
		try (NightLock lock = NightLock.preparing(this.dataSource)) {
			this.sync.sync();
		}
		return this.establishments.all().stream().map((e) -> new NightUnit(runDate, e.finess())).toList();
	}

	@Override
	public UnitOutcome run(NightUnit unit) {
		Optional<NightLock> lock = NightLock.tryEstablishment(this.dataSource, unit.finess());
		if (lock.isEmpty()) {
			log.warn("night of establishment {} on {}: another process is running this establishment, not run here",
					unit.finess(), unit.runDate());
			return new UnitOutcome(unit, "BUSY", false, List.of("establishment " + unit.finess()
					+ " is being run by another process (the scheduler, or another nightly): not run by this one"));
		}
		try (NightLock held = lock.get()) {
			JobParameters parameters = NightParameters.unit(unit.runDate(), unit.finess());
			JobExecution last = this.jobRepository.getLastJobExecution(NightlyJobConfiguration.JOB_NAME, parameters);
			if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
				return new UnitOutcome(unit, "COMPLETED", true, List.of());
			}
			if (last != null && last.getStatus().isRunning()) {
				// we hold the establishment's lock, so the engine of this execution is
				// dead: mark it failed to restart it
				log.warn(
						"night of establishment {} on {} was left {} by an engine that stopped abruptly; recovering it",
						unit.finess(), unit.runDate(), last.getStatus());
				this.jobOperator.recover(last);
			}
			JobExecution execution = this.jobOperator.start(this.nightlyJob, parameters);
			List<String> failures = execution.getAllFailureExceptions()
				.stream()
				.map((f) -> unit.finess() + ": " + message(f))
				.distinct()
				.toList();
			return new UnitOutcome(unit, execution.getStatus().name(), false, failures);
		}
		catch (Exception e) {
			// the job could not even start (job repository unreachable...): this unit
			// failed, the others go on
			log.error("night of establishment {} on {} could not run: {}", unit.finess(), unit.runDate(), message(e));
			return new UnitOutcome(unit, "FAILED", false, List.of(unit.finess() + ": " + message(e)));
		}
	}

	@Override
	public Optional<NightOutcome> consolidateIfEnded(LocalDate runDate) {
		List<String> missing = new java.util.ArrayList<>();
		for (Establishment establishment : this.establishments.all()) {
			JobExecution last = this.jobRepository.getLastJobExecution(NightlyJobConfiguration.JOB_NAME,
					NightParameters.unit(runDate, establishment.finess()));
			if (last == null || last.getStatus().isRunning()) {
				return Optional.empty();
			}
			if (last.getStatus() != BatchStatus.COMPLETED) {
				missing.add(establishment.finess());
			}
		}
		try (NightLock lock = NightLock.closing(this.dataSource)) {
			JobParameters parameters = NightParameters.closing(runDate, missing);
			JobExecution last = this.jobRepository.getLastJobExecution(NightlyJobConfiguration.CLOSING_JOB_NAME,
					parameters);
			List<String> failures = List.of();
			boolean already = last != null && last.getStatus() == BatchStatus.COMPLETED;
			if (!already) {
				if (last != null && last.getStatus().isRunning()) {
					this.jobOperator.recover(last);
				}
				JobExecution execution = this.jobOperator.start(this.closingJob, parameters);
				failures = execution.getAllFailureExceptions()
					.stream()
					.map(EstablishmentNights::message)
					.distinct()
					.toList();
			}
			return Optional.of(this.summaries.night(runDate, missing, failures, already));
		}
		catch (Exception e) {
			throw new IllegalStateException("the closing of night " + runDate + " could not run: " + message(e), e);
		}
	}

	/** What ops can act on, else the first message that says what went wrong. */
	static String message(Throwable failure) {
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
