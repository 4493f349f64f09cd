package fr.relance.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.relance.TestFiles;
import fr.relance.scheduling.cluster.SchedulerNode;
import fr.relance.support.db.EmbeddedPostgresServer;

/**
 * A generated night run by two scheduler processes on one PostgreSQL, one of them killed
 * with SIGKILL in the middle of an establishment's night, ends exactly as the one-shot
 * {@code nightly} of the same world: the same database rows by business key (no
 * allocation, action or case twice) and the same files by checksum (no letter, list or
 * report twice). The other process recovers the interrupted establishment (Quartz cluster
 * recovery, then the establishment's Spring Batch execution restarted).
 */
@Tag("cluster")
class SchedulerNightTests {

	private static final Pattern TAKEN = Pattern.compile(".*scheduler: unit (\\S+)@2026-11-20 taken by .*");

	@TempDir
	Path dir;

	@Test
	void twoNodesOneKilledMidUnitEndTheNightLikeTheOneShotNightly() throws Exception {
		Path world = dir.resolve("world");
		KillAnywhere.generate(world, 3, 150, 11);
		Path binaries = Path.of("target/test-homes/postgres").toAbsolutePath();
		KillAnywhere harness = new KillAnywhere(world, binaries);
		harness.timedNight(dir.resolve("reference"));
		List<String> database = harness.database(dir.resolve("reference"));
		Map<String, String> files = KillAnywhere.files(dir.resolve("reference"));

		Path run = dir.resolve("cluster");
		TestFiles.copyTree(world.resolve("drop"), run.resolve("drop"));
		try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dir.resolve("db"), dir.resolve("db/pgdata"),
				binaries, true)) {
			List<String> shared = List.of("--drop", run.resolve("drop").toString(), "--out",
					run.resolve("home/out").toString(), "--establishments", world.resolve("establishments").toString(),
					"--relance.intake.settle-delay=0s");
			SchedulerNode b = SchedulerNode.start(run.resolve("node-b"), postgres, shared);
			b.awaitConsole("Scheduler node ");
			SchedulerNode a = SchedulerNode.start(run.resolve("node-a"), postgres,
					concat(shared, List.of("--night", KillAnywhere.NIGHT.toString())));
			try {
				a.awaitConsole("establishment units queued now");
				String interrupted = null;
				long end = System.nanoTime() + Duration.ofMinutes(3).toNanos();
				while (interrupted == null && System.nanoTime() < end) {
					for (String line : a.log()) {
						Matcher m = TAKEN.matcher(line);
						if (m.matches()) {
							interrupted = m.group(1);
						}
					}
					Thread.sleep(50);
				}
				assertThat(interrupted).as("node a took a unit").isNotNull();
				Thread.sleep(300);
				a.process().destroyForcibly().waitFor();
				String unit = interrupted;
				assertThat(a.log()).as("node a was killed before the unit ended")
					.noneMatch(l -> l.contains("scheduler: unit " + unit + "@2026-11-20 COMPLETED"));

				SchedulerNode.await(() -> queued(postgres) == 0, "the night's queue to empty", Duration.ofMinutes(5));

				assertThat(b.log())
					.anyMatch(l -> l.contains("scheduler: unit " + unit + "@2026-11-20 taken by")
							&& l.contains("(recovered from a node that stopped)"))
					.anyMatch(l -> l.contains("scheduler: unit " + unit + "@2026-11-20 COMPLETED"))
					.anyMatch(l -> l.contains("scheduler: night 2026-11-20 consolidated"));
				assertThat(KillAnywhere.database(postgres.jdbcUrl(), postgres.password()))
					.as("database after the cluster night")
					.isEqualTo(database);
				// two establishments side by side draw case and action numbers from
				// shared sequences in another order
				// than one after the other, and letters print them laid out in case order
				// (see KillAnywhere.start):
				// a letter file may differ in content, never be missing or extra; the
				// database above says each
				// action was emitted once
				assertThat(KillAnywhere.differences(files, KillAnywhere.files(run))).as("files after the cluster night")
					.allMatch(d -> d.contains("/letters/") && d.endsWith(" differs"));
			}
			finally {
				a.process().destroyForcibly();
				b.process().destroy();
				if (!b.process().waitFor(2, TimeUnit.MINUTES)) {
					b.process().destroyForcibly();
				}
			}
		}
	}

	private static int queued(EmbeddedPostgresServer postgres) throws Exception {
		try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(), "postgres", postgres.password());
				Statement st = c.createStatement();
				ResultSet rs = st
					.executeQuery("SELECT count(*) FROM qrtz_job_details WHERE job_group = 'relance-night'")) {
			rs.next();
			return rs.getInt(1);
		}
	}

	private static List<String> concat(List<String> a, List<String> b) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
	}

}
