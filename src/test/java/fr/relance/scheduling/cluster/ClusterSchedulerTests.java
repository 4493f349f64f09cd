package fr.relance.scheduling.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import fr.relance.EngineTest;
import fr.relance.scheduling.NightUnits;
import fr.relance.scheduling.cluster.NightSchedule.BusinessDate;
import fr.relance.scheduling.cluster.NightSchedule.Misfire;

/**
 * One scheduler node in this process, on the engine's database: a schedule's start queues
 * the night's units, each runs once, a unit another process holds is tried again until it
 * runs, a failed unit is left after one attempt, and the night is consolidated once every
 * unit has ended; the queue is empty afterwards.
 */
@EngineTest
@TestPropertySource(properties = { "relance.test.night-units=recording",
		"relance.test.units=100000001,100000002,100000003,100000004", "relance.test.failing=100000003",
		"relance.test.unit-millis=200" })
class ClusterSchedulerTests {

	private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	@Autowired
	DataSource dataSource;

	@Autowired
	NightUnits units;

	@Test
	void aScheduledStartRunsEveryUnitOnceRetriesABusyOneAndLeavesAFailedOne() throws Exception {
		JdbcTemplate db = new JdbcTemplate(dataSource);
		RecordingNightUnits.createTables(dataSource);
		// a start two seconds from now, once (the year pins it)
		ZonedDateTime fire = ZonedDateTime.now(ZONE).plusSeconds(3).withNano(0);
		String cron = fire.getSecond() + " " + fire.getMinute() + " " + fire.getHour() + " " + fire.getDayOfMonth()
				+ " " + fire.getMonthValue() + " ? " + fire.getYear();
		LocalDate night = fire.toLocalDate();
		SchedulerSettings settings = new SchedulerSettings(2, Duration.ofSeconds(1), Duration.ofMillis(500),
				Duration.ofMillis(500), Duration.ofSeconds(30));

		// another process (the one-shot nightly) runs establishment 100000002 when the
		// night starts
		try (Connection nightly = dataSource.getConnection();
				ClusterScheduler node = ClusterScheduler.join(dataSource, units, settings,
						List.of(new NightSchedule("test", cron, ZONE, Misfire.FIRE_NOW, BusinessDate.FIRE_DAY, 1)))) {
			hold(nightly, "100000002", night, "pg_advisory_lock");
			node.start();
			await(() -> db.queryForObject("SELECT count(*) FROM test_unit_busy WHERE finess = '100000002'",
					Integer.class) >= 2, "the held unit to be tried at least twice");
			assertThat(
					db.queryForObject("SELECT count(*) FROM test_unit_run WHERE finess = '100000002'", Integer.class))
				.as("nothing of the held unit ran while the other process held it")
				.isZero();
			hold(nightly, "100000002", night, "pg_advisory_unlock");

			await(() -> db.queryForObject("SELECT count(*) FROM test_consolidated", Integer.class) == 1,
					"the night to be consolidated");
			Thread.sleep(1500); // polls and retries that would still come
		}

		assertThat(db.queryForList(
				"SELECT finess, status, attempts FROM test_unit_run WHERE run_date = ? ORDER BY finess", night))
			.containsExactly(Map.of("finess", "100000001", "status", "COMPLETED", "attempts", 1),
					Map.of("finess", "100000002", "status", "COMPLETED", "attempts", 1),
					Map.of("finess", "100000003", "status", "FAILED", "attempts", 1),
					Map.of("finess", "100000004", "status", "COMPLETED", "attempts", 1));
		assertThat(db.queryForList("SELECT finess FROM test_unit_work ORDER BY finess", String.class))
			.containsExactly("100000001", "100000002", "100000004");
		assertThat(db.queryForMap("SELECT run_date, completed, failed FROM test_consolidated"))
			.isEqualTo(Map.of("run_date", java.sql.Date.valueOf(night), "completed", 3, "failed", 1));
		assertThat(db.queryForList("SELECT job_name FROM qrtz_job_details WHERE job_group = 'relance-night'",
				String.class))
			.as("unit and consolidation jobs leave the queue once done")
			.isEmpty();
		assertThat(db.queryForList("SELECT job_name FROM qrtz_job_details WHERE job_group = 'relance-schedules'",
				String.class))
			.containsExactly("night-start");
	}

	@Test
	void statusShowsTheNextScheduledNightAndTheNodesWithTheirLastCheckIn() throws Exception {
		SchedulerSettings settings = new SchedulerSettings(1, Duration.ofSeconds(1), Duration.ofSeconds(1),
				Duration.ofSeconds(1), Duration.ofSeconds(30));
		ZonedDateTime now = ZonedDateTime.now(ZONE);
		ZonedDateTime next = now.toLocalDate().atTime(2, 30).atZone(ZONE);
		next = next.isAfter(now) ? next : next.plusDays(1);
		com.zaxxer.hikari.HikariDataSource hikari = (com.zaxxer.hikari.HikariDataSource) dataSource;
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
		String node;
		int status;
		try (ClusterScheduler scheduler = ClusterScheduler.join(dataSource, units, settings,
				ClusterScheduler.readSchedules(java.nio.file.Path.of("jobs/schedule.yml"), ZONE))) {
			scheduler.start();
			node = scheduler.node();
			await(() -> new JdbcTemplate(dataSource).queryForObject(
					"SELECT count(*) FROM qrtz_scheduler_state WHERE instance_name = ?", Integer.class, node) == 1,
					"the node's first check-in");
			status = new fr.relance.cli.Cli(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
					new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8))
				.run(new String[] { "status", "--home", "target/test-homes/status-" + node,
						"--spring.datasource.url=" + hikari.getJdbcUrl(),
						"--spring.datasource.username=" + hikari.getUsername(),
						"--spring.datasource.password=" + hikari.getPassword() });
		}

		assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
		assertThat(status).isZero();
		assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
			.contains("Next scheduled night: "
					+ java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(next)
					+ " (schedule nightly); nodes: ")
			.contains(node + " alive, last check-in ");
	}

	private static void hold(Connection c, String finess, LocalDate night, String function) throws Exception {
		try (PreparedStatement st = c.prepareStatement(RecordingNightUnits.lockSql(function))) {
			st.setString(1, finess);
			st.setString(2, night.toString());
			st.executeQuery().close();
		}
	}

	static void await(java.util.concurrent.Callable<Boolean> condition, String what) throws Exception {
		await(condition, what, Duration.ofSeconds(90));
	}

	static void await(java.util.concurrent.Callable<Boolean> condition, String what, Duration limit) throws Exception {
		long end = System.nanoTime() + limit.toNanos();
		while (!condition.call()) {
			if (System.nanoTime() > end) {
				throw new AssertionError("waited " + limit.toSeconds() + " s for " + what);
			}
			Thread.sleep(100);
		}
	}

}
