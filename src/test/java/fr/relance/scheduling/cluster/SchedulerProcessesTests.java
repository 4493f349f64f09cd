package fr.relance.scheduling.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.relance.scheduling.cluster.NightSchedule.BusinessDate;
import fr.relance.scheduling.cluster.NightSchedule.Misfire;
import fr.relance.support.db.EmbeddedPostgresServer;

/**
 * Two scheduler processes ({@code ops/relance scheduler}, separate JVMs) against one
 * PostgreSQL: every unit of a night runs exactly once and both processes take some; a
 * unit another process holds (the one-shot nightly) waits for it; a process killed with
 * SIGKILL mid-unit has that unit re-fired by Quartz's cluster recovery on the other
 * process, which recovers it and finishes it once. The units are
 * {@link RecordingNightUnits} (see its javadoc). Tagged {@code cluster}:
 * {@code -Drelance.test.exclude=bad-input,cluster} leaves it out.
 */
@Tag("cluster")
class SchedulerProcessesTests {

	private static final List<String> SIX = List.of("200000001", "200000002", "200000003", "200000004", "200000005",
			"200000006");

	@TempDir
	Path dir;

	private final List<Process> processes = new ArrayList<>();

	@AfterEach
	void stopProcesses() throws InterruptedException {
		for (Process p : processes) {
			p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void twoProcessesShareANightAndOneKilledMidUnitHasItFinishedByTheOther() throws Exception {
		try (EmbeddedPostgresServer database = EmbeddedPostgresServer.start(dir.resolve("db"), dir.resolve("db/pgdata"),
				Path.of("target/test-homes/postgres").toAbsolutePath(), true)) {
			Path schedule = Files.writeString(dir.resolve("schedule.yml"), """
					schedules:
					  - name: never-in-this-test
					    cron: "0 0 3 1 1 ? 2099"
					""");
			Process a = node(database, "a", schedule);
			Process b = node(database, "b", schedule);
			awaitConsole("a", "Scheduler node ");
			awaitConsole("b", "Scheduler node ");
			long started = System.nanoTime();
			System.out.println("CLUSTER both nodes up");
			PGSimpleDataSource dataSource = new PGSimpleDataSource();
			dataSource.setUrl(database.jdbcUrl());
			dataSource.setPassword(database.password());
			JdbcTemplate db = new JdbcTemplate(dataSource);
			RecordingNightUnits.createTables(dataSource);

			// a night of six units; establishment 200000002 is being run by the one-shot
			// nightly when it starts
			LocalDate first = LocalDate.of(2026, 11, 20);
			try (Connection nightly = dataSource.getConnection()) {
				lock(nightly, "200000002", first, "pg_advisory_lock");
				queue(dataSource, first, SIX);
				ClusterSchedulerTests
					.await(() -> db.queryForObject("SELECT count(*) FROM test_unit_busy WHERE finess = '200000002'",
							Integer.class) >= 1, "the unit the nightly holds to be tried");
				assertThat(db.queryForObject("SELECT count(*) FROM test_unit_run WHERE finess = '200000002'",
						Integer.class))
					.as("nothing of it ran beside the nightly")
					.isZero();
				lock(nightly, "200000002", first, "pg_advisory_unlock");
			}
			awaitConsolidated(db, first);
			assertThat(db.queryForList("SELECT finess FROM test_unit_work WHERE run_date = ? ORDER BY finess",
					String.class, first))
				.as("every unit ran exactly once")
				.isEqualTo(SIX);
			assertThat(db.queryForList(
					"SELECT DISTINCT split_part(node, '@', 1)::bigint FROM test_unit_work" + " WHERE run_date = ?",
					Long.class, first))
				.as("both processes took units")
				.containsExactlyInAnyOrder(a.pid(), b.pid());
			assertThat(db.queryForObject("SELECT max(attempts) FROM test_unit_run WHERE run_date = ?", Integer.class,
					first))
				.isEqualTo(1);

			System.out.println("CLUSTER first night " + (System.nanoTime() - started) / 1_000_000 + " ms");
			// the next night: a is killed with SIGKILL in the middle of a unit
			LocalDate second = first.plusDays(1);
			queue(dataSource, second, SIX.subList(0, 4));
			ClusterSchedulerTests.await(
					() -> !db
						.queryForList(
								"SELECT finess FROM test_unit_run WHERE run_date = ?"
										+ " AND status = 'RUNNING' AND node LIKE ?",
								String.class, second, a.pid() + "@%")
						.isEmpty(),
					"process a to be in a unit");
			String interrupted = db.queryForObject(
					"SELECT finess FROM test_unit_run WHERE run_date = ?" + " AND status = 'RUNNING' AND node LIKE ?",
					String.class, second, a.pid() + "@%");
			a.destroyForcibly().waitFor();
			System.out.println("CLUSTER killed " + (System.nanoTime() - started) / 1_000_000 + " ms");
			awaitConsolidated(db, second);
			System.out.println("CLUSTER second night " + (System.nanoTime() - started) / 1_000_000 + " ms");

			assertThat(db.queryForMap("SELECT status, attempts, split_part(node, '@', 1)::bigint AS pid"
					+ " FROM test_unit_run WHERE run_date = ? AND finess = ?", second, interrupted))
				.as("the interrupted unit, recovered and finished by b")
				.isEqualTo(Map.of("status", "COMPLETED", "attempts", 2, "pid", b.pid()));
			assertThat(db.queryForList("SELECT finess FROM test_unit_work WHERE run_date = ? ORDER BY finess",
					String.class, second))
				.as("every unit ran to its end exactly once")
				.isEqualTo(SIX.subList(0, 4));
			assertThat(log("b")).contains("scheduler: unit " + interrupted + "@" + second + " taken by")
				.contains("(recovered from a node that stopped)");
			assertThat(db.queryForList("SELECT job_name FROM qrtz_job_details WHERE job_group = 'relance-night'",
					String.class))
				.as("the queue is empty")
				.isEmpty();

			// SIGTERM: b stops cleanly
			b.destroy();
			assertThat(b.waitFor(60, TimeUnit.SECONDS)).as("b stopped on SIGTERM").isTrue();
		}
	}

	/**
	 * Queues a night as a scheduled start does, from a cluster member of this JVM that is
	 * never started.
	 */
	private static void queue(PGSimpleDataSource dataSource, LocalDate night, List<String> establishments)
			throws Exception {
		RecordingNightUnits units = new RecordingNightUnits(dataSource, String.join(",", establishments), "", 0, "");
		SchedulerSettings settings = new SchedulerSettings(1, Duration.ofSeconds(1), Duration.ofSeconds(1),
				Duration.ofSeconds(1), Duration.ofSeconds(30));
		try (ClusterScheduler client = ClusterScheduler.join(dataSource, units, settings,
				List.of(new NightSchedule("never-in-this-test", "0 0 3 1 1 ? 2099", ZoneId.of("Europe/Paris"),
						Misfire.FIRE_NOW, BusinessDate.FIRE_DAY, 3)))) {
			assertThat(client.queueNight(night, units)).isEqualTo(establishments.size());
		}
	}

	private Process node(EmbeddedPostgresServer database, String name, Path schedule) throws IOException {
		Path home = Files.createDirectories(dir.resolve(name));
		List<String> command = List.of("bash", "ops/relance", "scheduler", "--threads", "1", "--schedule",
				schedule.toString(), "--home", home.toString(), "--establishments", "samples/establishments",
				"--db-url", database.jdbcUrl().replace("?user=postgres", "?"), "--db-user", "postgres", "--db-password",
				database.password(), "--relance.test.night-units=recording", "--relance.test.units=unused",
				"--relance.test.unit-millis=2000", "--relance.scheduler.checkin-interval=1s",
				"--relance.scheduler.busy-retry=1s", "--relance.scheduler.consolidation-poll=1s");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(home.resolve("console.txt").toFile());
		builder.environment().put("RELANCE_CLASSPATH", System.getProperty("java.class.path"));
		builder.environment().put("RELANCE_JAVA_OPTS", "-Xmx384m");
		Process process = builder.start();
		processes.add(process);
		return process;
	}

	private void awaitConsole(String node, String text) throws Exception {
		Path console = dir.resolve(node).resolve("console.txt");
		try {
			// two engines starting at once on a machine other builds load take long:
			// their start is not what is tested
			ClusterSchedulerTests.await(() -> Files.exists(console) && Files.readString(console).contains(text),
					"node " + node + " to start", Duration.ofMinutes(4));
		}
		catch (AssertionError e) {
			throw new AssertionError(e.getMessage() + "; its console:\n"
					+ (Files.exists(console) ? Files.readString(console) : "(none)"), e);
		}
	}

	private static void awaitConsolidated(JdbcTemplate db, LocalDate night) throws Exception {
		ClusterSchedulerTests.await(() -> db.queryForObject("SELECT count(*) FROM test_consolidated WHERE run_date = ?",
				Integer.class, night) == 1, "the night of " + night + " to be consolidated");
	}

	private static void lock(Connection c, String finess, LocalDate night, String function) throws Exception {
		try (PreparedStatement st = c.prepareStatement(RecordingNightUnits.lockSql(function))) {
			st.setString(1, finess);
			st.setString(2, night.toString());
			st.executeQuery().close();
		}
	}

	private String log(String node) throws IOException {
		StringBuilder all = new StringBuilder();
		try (Stream<Path> logs = Files.list(dir.resolve(node).resolve("logs"))) {
			for (Path log : logs.sorted().toList()) {
				all.append(Files.readString(log));
			}
		}
		return all.toString();
	}

}
