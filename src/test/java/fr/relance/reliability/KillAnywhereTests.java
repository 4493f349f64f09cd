package fr.relance.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A night killed with SIGKILL at several points (issue #22, item 1), then run again until
 * it completes, leaves exactly what an uninterrupted night of the same world leaves: the
 * same database rows by business key, the same archive, quarantine and emitted files by
 * checksum. Nothing missing, nothing twice. The full campaign is
 * {@code ops/bench/kill-campaign}.
 */
class KillAnywhereTests {

	@TempDir
	Path dir;

	@Test
	void aNightKilledAtSeveralPointsEndsLikeAnUninterruptedOne() throws Exception {
		Path world = dir.resolve("world");
		KillAnywhere.generate(world, 3, 300, 5);
		KillAnywhere harness = new KillAnywhere(world, Path.of("target/test-homes/postgres").toAbsolutePath());
		double seconds = harness.timedNight(dir.resolve("reference"));
		List<String> database = harness.database(dir.resolve("reference"));
		Map<String, String> files = KillAnywhere.files(dir.resolve("reference"));
		assertThat(database).anyMatch(l -> l.startsWith("action ") && l.contains(" emitted "));
		System.out
			.println("KILL reference " + seconds + " s, " + database.size() + " rows, " + files.size() + " files");

		Map<String, Double> stages = KillAnywhere.stageSeconds(dir.resolve("reference"));
		assertThat(stages).containsKeys("intake", "ingest", "reconcile", "dunning", "output");

		// halfway through each stage that moves files, writes rows, decides or emits
		// letters
		for (String stage : List.of("intake", "ingest", "reconcile", "dunning", "output")) {
			KillAnywhere.KillPoint point = new KillAnywhere.KillPoint(stage,
					Duration.ofMillis((long) (stages.get(stage) * 500)));
			Path run = dir.resolve("killed-" + stage);
			KillAnywhere.Outcome outcome = harness.night(run, point);
			System.out.println("KILL " + point + ": " + outcome);
			assertThat(outcome.checkStatus()).as("ops/relance check after a kill at " + point).isZero();
			assertThat(harness.database(run)).as("database after a kill at " + point).isEqualTo(database);
			assertThat(KillAnywhere.differences(files, KillAnywhere.files(run))).as("files after a kill at " + point)
				.isEmpty();
		}
	}

}
