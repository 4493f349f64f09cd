package fr.relance.scheduling.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import fr.relance.EngineTest;
import fr.relance.scheduling.NightUnits;

/**
 * A unit whose run cannot even start (the unit throws instead of answering COMPLETED,
 * FAILED or BUSY) is tried three times, then left for ops: no endless loop, and its job
 * leaves the queue.
 */
@EngineTest
@TestPropertySource(properties = { "relance.test.night-units=recording", "relance.test.units=100000009",
		"relance.test.throwing=100000009" })
class UnitThatCannotRunTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	NightUnits units;

	@Test
	void isTriedThreeTimesThenLeftForOps() throws Exception {
		JdbcTemplate db = new JdbcTemplate(dataSource);
		RecordingNightUnits.createTables(dataSource);
		SchedulerSettings settings = new SchedulerSettings(1, Duration.ofSeconds(1), Duration.ofMillis(300),
				Duration.ofSeconds(30), Duration.ofSeconds(30));
		LocalDate night = LocalDate.of(2026, 11, 20);
		try (ClusterScheduler node = ClusterScheduler.join(dataSource, units, settings, List.of())) {
			node.start();
			assertThat(node.queueNight(night, units)).isEqualTo(1);
			ClusterSchedulerTests.await(
					() -> db.queryForObject("SELECT count(*) FROM test_unit_error", Integer.class) == 3, "three tries");
			Thread.sleep(2000); // three more retry periods: no fourth try
			assertThat(db.queryForObject("SELECT count(*) FROM test_unit_error", Integer.class)).isEqualTo(3);
			assertThat(db.queryForList("SELECT job_name FROM qrtz_job_details WHERE job_group = 'relance-night'",
					String.class))
				.as("the unit's job left the queue; the consolidation waits for ops' rerun")
				.containsExactly("consolidate-2026-11-20");
		}
	}

}
