package fr.relance.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

import fr.relance.EngineTest;
import fr.relance.establishment.EstablishmentDirectory;
import fr.relance.support.batch.NightParameters;
import fr.relance.support.batch.PipelineStage;
import fr.relance.support.batch.StageLine;
import fr.relance.support.batch.StageStep;

/**
 * A night whose ingest stage fails midway restarts from its last committed chunk when the
 * same night is run again, and ends with every row written exactly once.
 */
@EngineTest
@Import(NightlyRestartTests.ProbeIngestStage.class)
// the probe's reader is one object for every establishment's night: they take turns
@TestPropertySource(properties = "relance.night.parallelism=1")
class NightlyRestartTests {

	@Autowired
	NightlyRunner nightly;

	@Autowired
	JobRepository repository;

	@Autowired
	Jdbi jdbi;

	@Autowired
	EstablishmentDirectory establishments;

	@Autowired
	ProbeIngestStage probe;

	@Test
	void aFailedNightResumesAtTheFailedStepWithoutDuplicateRows() throws Exception {
		LocalDate date = LocalDate.of(2030, 6, 1);
		probe.failAtItem55.set(true);

		NightOutcome first = nightly.run(date);

		assertThat(first.completed()).isFalse();
		assertThat(first.summary().stages()).extracting(StageLine::stage, StageLine::status)
			.startsWith(org.assertj.core.groups.Tuple.tuple("intake", "COMPLETED"),
					org.assertj.core.groups.Tuple.tuple("ingest", "FAILED"),
					org.assertj.core.groups.Tuple.tuple("reconcile", "NOT_RUN"));
		assertThat(first.summary().establishments())
			.allSatisfy((e) -> assertThat(e.stages().get(1).note()).isEqualTo("failed: forced failure at item 55"));
		int units = establishments.all().size();
		// five chunks of 10 committed before the failure, in each establishment's night
		assertThat(count()).isEqualTo(50 * units);

		probe.failAtItem55.set(false);
		NightOutcome second = nightly.run(date);

		assertThat(second.completed()).isTrue();
		assertThat(second.summary().attempt()).isEqualTo(2);
		assertThat(count()).isEqualTo(100 * units);
		int distinct = jdbi
			.withHandle(h -> h.createQuery("SELECT count(DISTINCT n) FROM restart_probe").mapTo(Integer.class).one());
		assertThat(distinct).isEqualTo(100);
		JobInstance instance = repository.getJobInstance("nightly",
				NightParameters.unit(date, establishments.all().iterator().next().finess()));
		// intake completed in the first attempt and was not run again
		assertThat(repository.getStepExecutionCount(instance, "intake")).isEqualTo(1);
		assertThat(repository.getStepExecutionCount(instance, "ingest")).isEqualTo(2);
	}

	private int count() {
		Integer rows = jdbi
			.withHandle(h -> h.createQuery("SELECT count(*) FROM restart_probe").mapTo(Integer.class).one());
		return rows;
	}

	@TestConfiguration
	static class ProbeIngestStage {

		final AtomicBoolean failAtItem55 = new AtomicBoolean();

		@Bean
		StageStep probeIngest(JobRepository repository, PlatformTransactionManager tm, Jdbi jdbi) {
			jdbi.useHandle(h -> h.execute("CREATE TABLE IF NOT EXISTS restart_probe (n INTEGER NOT NULL)"));
			Step step = new StepBuilder("ingest", repository).<Integer, Integer>chunk(10)
				.transactionManager(tm)
				.reader(new Numbers())
				.writer(chunk -> {
					for (Integer n : chunk) {
						if (n == 55 && failAtItem55.get()) {
							throw new IllegalStateException("forced failure at item 55");
						}
						jdbi.useHandle(h -> h.execute("INSERT INTO restart_probe (n) VALUES (?)", n));
					}
				})
				.build();
			return StageStep.override(PipelineStage.INGEST, step);
		}

	}

	/** 1..100, restartable: its position is saved with every committed chunk. */
	static class Numbers extends AbstractItemCountingItemStreamItemReader<Integer> {

		private int next;

		Numbers() {
			setName("numbers");
			setMaxItemCount(100);
		}

		@Override
		protected Integer doRead() {
			return ++next;
		}

		@Override
		protected void doOpen() {
			next = 0;
		}

		@Override
		protected void doClose() {
		}

		@Override
		protected void jumpToItem(int itemIndex) {
			next = itemIndex;
		}

	}

}
