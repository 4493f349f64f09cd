package fr.relance.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #22, item 7: the disk of the outputs fills during a night. The night stops with a
 * clear error and exit 1, nothing dropped is lost, and the same command run again once
 * there is room ends the night exactly as a night that never ran out of space: the same
 * database rows by business key, the same archive, quarantine and outputs.
 */
class FullDiskTests {

	@TempDir
	Path dir;

	@Test
	void aNightWhoseOutputsFillTheDiskStopsCleanlyAndItsRerunEndsItAsIfNothingHappened() throws Exception {
		String unavailable = FullDisk.unavailable(dir.resolve("probe"));
		assumeTrue(unavailable == null, unavailable);
		Path world = dir.resolve("world");
		KillAnywhere.generate(world, 2, 200, 11);
		KillAnywhere harness = new KillAnywhere(world, Path.of("target/test-homes/postgres").toAbsolutePath());
		harness.night(dir.resolve("reference"), null);
		List<String> database = harness.database(dir.resolve("reference"));
		Map<String, String> files = KillAnywhere.files(dir.resolve("reference"));
		assertThat(files).anySatisfy((path, sum) -> assertThat(path).endsWith(".pdf"));

		// room for the first files of the night's outputs, not for its letters
		FullDisk.Runs runs = harness.fullDiskNight(dir.resolve("full"), "64k");

		assertThat(runs.fullStatus()).as(runs.fullConsole()).isEqualTo(1);
		assertThat(runs.fullConsole()).contains("relance: failed: ", "disk full: ", "No space left on device",
				"Free space");
		assertThat(runs.rerunStatus()).as(runs.rerunConsole()).isIn(0, 3);
		assertThat(runs.checkStatus()).as("ops/relance check after the rerun").isZero();
		assertThat(harness.database(dir.resolve("full"))).isEqualTo(database);
		assertThat(KillAnywhere.differences(files, KillAnywhere.files(dir.resolve("full")))).isEmpty();
	}

}
