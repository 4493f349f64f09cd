package fr.relance.scheduling;

import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.relance.dunning.stage.DecidedNightEraser;
import fr.relance.support.batch.NightParameters;
import fr.relance.support.db.RunLock;
import fr.relance.support.db.Transactions;

/**
 * The way out of a night run with a wrong date: its dunning decisions are erased and the
 * job repository forgets it, so the real nights before it can be decided again and its
 * date, when it really comes, runs as a new night. The files its intake took stay
 * imported (they were real files). Safe to repeat after a failure.
 */
@Component
public class WrongNightRemoval {

	private final DataSource dataSource;

	private final DecidedNightEraser eraser;

	private final JobRepository jobRepository;

	private final TransactionTemplate transaction;

	WrongNightRemoval(DataSource dataSource, DecidedNightEraser eraser, JobRepository jobRepository,
			PlatformTransactionManager transactionManager) {
		this.dataSource = dataSource;
		this.eraser = eraser;
		this.jobRepository = jobRepository;
		this.transaction = Transactions.requiresNew(transactionManager);
	}

	/**
	 * @return the number of establishments whose decisions of that night were erased
	 */
	public int remove(LocalDate night) {
		try (RunLock lock = RunLock.acquire(this.dataSource)) {
			Integer erased = this.transaction.execute((status) -> this.eraser.erase(night));
			for (String job : List.of(NightlyJobConfiguration.JOB_NAME, NightlyJobConfiguration.CLOSING_JOB_NAME)) {
				for (JobInstance instance : this.jobRepository.getJobInstances(job, 0, Integer.MAX_VALUE)) {
					if (ofNight(instance, night)) {
						this.jobRepository.deleteJobInstance(instance);
					}
				}
			}
			return erased == null ? 0 : erased;
		}
	}

	private boolean ofNight(JobInstance instance, LocalDate night) {
		return this.jobRepository.getJobExecutions(instance)
			.stream()
			.anyMatch((e) -> night.equals(e.getJobParameters().getLocalDate(NightParameters.RUN_DATE)));
	}

}
