package fr.relance.support.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;

import fr.relance.EngineTest;
import fr.relance.scheduling.NightOutcome;
import fr.relance.scheduling.NightlyRunner;
import fr.relance.support.batch.EstablishmentLine;
import fr.relance.support.batch.NightParameters;

/**
 * The locks of a night: an establishment another process is running is left to it (and
 * named), the others run; a maintenance command holding the database refuses every night,
 * and waits for none.
 */
@EngineTest
@DirtiesContext(classMode = ClassMode.BEFORE_CLASS)
class RunLockTests {

	static final LocalDate NIGHT = LocalDate.of(2031, 1, 5);

	@Autowired
	DataSource dataSource;

	@Autowired
	NightlyRunner nightly;

	@Autowired
	JobRepository repository;

	@Test
	void anEstablishmentRunningElsewhereIsLeftToItAndTheOthersRun() throws Exception {
		NightOutcome outcome;
		// given another process running the clinic's night
		try (NightLock other = NightLock.tryEstablishment(dataSource, "750000010").orElseThrow()) {
			assertThat(NightLock.tryEstablishment(dataSource, "750000010")).isEmpty();
			outcome = nightly.run(NIGHT);
		}

		assertThat(outcome.completed()).isFalse();
		assertThat(outcome.failures()).singleElement()
			.asString()
			.contains("establishment 750000010 is being run by another process");
		assertThat(repository.getJobInstance("nightly", NightParameters.unit(NIGHT, "750000010"))).isNull();
		assertThat(outcome.summary().establishments()).filteredOn((e) -> e.finess().equals("670000025"))
			.singleElement()
			.satisfies((e) -> assertThat(e.status()).isEqualTo("COMPLETED"));
		// once the other process is done, the same command runs the clinic only
		NightOutcome rerun = nightly.run(NIGHT);
		assertThat(rerun.completed()).isTrue();
		assertThat(rerun.summary().establishments()).extracting(EstablishmentLine::attempt).containsOnly(1);
	}

	@Test
	void aMaintenanceCommandHoldingTheDatabaseRefusesEveryNightAndIsRefusedDuringOne() {
		try (RunLock maintenance = RunLock.acquire(dataSource)) {
			assertThatThrownBy(() -> nightly.run(NIGHT.plusDays(1))).isInstanceOf(EngineBusyException.class)
				.hasMessageContaining("a maintenance command holds this database");
		}
		try (NightLock night = NightLock.tryEstablishment(dataSource, "670000025").orElseThrow()) {
			assertThatThrownBy(() -> RunLock.acquire(dataSource)).isInstanceOf(EngineBusyException.class)
				.hasMessageContaining("another Relance run is in progress on this database");
		}
		try (RunLock again = RunLock.acquire(dataSource)) {
			assertThat(again).isNotNull();
		}
	}

}
