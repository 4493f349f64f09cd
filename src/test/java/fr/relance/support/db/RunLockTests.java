package fr.relance.support.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.scheduling.NightlyRunner;

@EngineTest
class RunLockTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	NightlyRunner nightly;

	@Test
	void refusesASecondConcurrentRunOnTheSameDatabase() {
		// given another engine holding the run lock
		try (RunLock other = RunLock.acquire(dataSource)) {
			// when a night is started, then it is refused with a clear message and nothing runs
			assertThatThrownBy(() -> nightly.run(LocalDate.of(2031, 1, 5)))
				.isInstanceOf(EngineBusyException.class)
				.hasMessageContaining("another Relance run is in progress on this database");
		}
		// and once the other run is over, the lock can be taken again
		try (RunLock again = RunLock.acquire(dataSource)) {
			assertThat(again).isNotNull();
		}
	}

}
