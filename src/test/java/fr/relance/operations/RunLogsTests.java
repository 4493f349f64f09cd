package fr.relance.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Run logs are deleted past their age; the operations journal and anything else stays.
 */
class RunLogsTests {

	@TempDir
	Path logs;

	@Test
	void runLogsOlderThanTheMaximumAgeAreDeletedAndNothingElse() throws Exception {
		Instant now = Instant.parse("2026-12-03T02:30:00Z");
		Path old = file("relance-2026-08-01T023000Z-41.log", now.minus(Duration.ofDays(124)));
		Path oldPart = file("relance-2026-08-01T023000Z-41.log.2026-08-01.0.gz", now.minus(Duration.ofDays(124)));
		Path recent = file("relance-2026-11-30T023000Z-77.log", now.minus(Duration.ofDays(3)));
		Path journal = file("operations.log", now.minus(Duration.ofDays(400)));

		assertThat(RunLogs.prune(logs, Duration.ofDays(90).toMillis(), now)).isEqualTo(2);

		assertThat(old).doesNotExist();
		assertThat(oldPart).doesNotExist();
		assertThat(recent).exists();
		assertThat(journal).exists();
	}

	@Test
	void eachRunHasItsOwnFileUnderTheHome() {
		Path file = RunLogs.fileFor(Path.of("/srv/relance"), Instant.parse("2026-12-03T02:30:05Z"));
		assertThat(file.toString()).startsWith("/srv/relance/logs/relance-2026-12-03T023005Z-").endsWith(".log");
	}

	private Path file(String name, Instant modified) throws Exception {
		Path file = Files.writeString(logs.resolve(name), "x");
		Files.setLastModifiedTime(file, FileTime.from(modified));
		return file;
	}

}
