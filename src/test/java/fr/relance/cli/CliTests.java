package fr.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8))
			.run(args);
	}

	@Test
	void helpListsTheCommands() {
		assertThat(run("help")).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("nightly", "demo", "help");
	}

	@Test
	void noCommandShowsTheHelp() {
		assertThat(run()).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("usage: relance <command>");
	}

	@Test
	void everyCommandExplainsItselfWithHelp() {
		assertThat(run("nightly", "--help")).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("--date YYYY-MM-DD", "exit status");
	}

	@Test
	void anUnknownCommandIsABadUsage() {
		assertThat(run("nightlee")).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command 'nightlee'");
	}

	@Test
	void anUnknownOptionIsABadUsage() {
		assertThat(run("nightly", "--dtae", "2026-01-01")).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --dtae", "usage: relance nightly");
	}

	@Test
	void anImpossibleDateIsABadUsage() {
		assertThat(run("nightly", "--date", "2026-13-01")).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("--date must be YYYY-MM-DD, got '2026-13-01'");
	}

	@Test
	void anOptionWithoutItsValueIsABadUsage() {
		assertThat(run("nightly", "--date")).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("option --date needs a value");
	}

	@Test
	void anOptionGivenTwiceIsABadUsage() {
		assertThat(run("nightly", "--date", "2026-11-20", "--date=2026-11-21")).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("option --date is given twice");
	}

	@Test
	void aDateAfterTodayIsABadUsageAndRunsNothing(@TempDir Path home) {
		assertThat(run("nightly", "--date", "2062-11-21", "--home", home.toString(), "--create-folders",
				"--relance.embedded-db.fast=true"))
			.isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("--date 2062-11-21 is after today (",
				"--allow-future-date");
		assertThat(home.resolve("out/2062-11-21")).doesNotExist();
	}

	@Test
	void anInvalidSettingIsABadUsageNamingIt(@TempDir Path home) {
		assertThat(run("nightly", "--home", home.toString(), "--relance.zone=Mars/Olympus")).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("invalid setting relance.zone 'Mars/Olympus'");
		assertThat(run("nightly", "--home", home.toString(), "--relance.db.statement-timeout=soon")).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8))
			.contains("invalid setting relance.db.statement-timeout 'soon'");
	}

	@Test
	void aDatabaseUrlThatIsNotPostgresIsABadUsage() {
		assertThat(run("nightly", "--db-url", "mysql://db/relance?password=secret")).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8))
			.contains("--db-url (spring.datasource.url, SPRING_DATASOURCE_URL) must be a PostgreSQL JDBC URL")
			.doesNotContain("secret");
	}

	@Test
	void aHomeTheEngineCannotWriteInIsABadUsage(@TempDir Path dir) throws Exception {
		Path notAFolder = Files.writeString(dir.resolve("home"), "a file, not a folder");

		assertThat(run("nightly", "--home", notAFolder.toString(), "--relance.embedded-db.fast=true")).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("the engine home " + notAFolder.toAbsolutePath(),
				"--home");
	}

	@Test
	void aMissingDropZoneIsAnErrorUnlessAskedToCreateIt(@TempDir Path home) {
		String[] night = { "nightly", "--date", "2026-11-20", "--home", home.toString(), "--establishments",
				"samples/establishments", "--relance.embedded-db.fast=true" };

		assertThat(run(night)).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("the drop zone (--drop, relance.drop) "
				+ home.resolve("drop").toAbsolutePath() + " does not exist: nothing ran", "--create-folders");
		assertThat(home.resolve("out/2026-11-20")).doesNotExist();

		String[] creating = Arrays.copyOf(night, night.length + 1);
		creating[night.length] = "--create-folders";
		assertThat(run(creating)).isZero();
		assertThat(home.resolve("drop")).isDirectory();
		assertThat(home.resolve("out/2026-11-20/run-summary.json")).exists();
	}

	@Test
	void aFullDiskSaysSo(@TempDir Path home) throws Exception {
		Files.createDirectories(home.resolve("drop"));
		// the run summary is written first to this file: here it lands on a device that
		// is always full
		Path summary = Files.createDirectories(home.resolve("out/2026-11-20")).resolve("run-summary.json.tmp");
		Files.createSymbolicLink(summary, Path.of("/dev/full"));

		assertThat(run("nightly", "--date", "2026-11-20", "--home", home.toString(), "--establishments",
				"samples/establishments", "--relance.embedded-db.fast=true"))
			.isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("relance: failed: disk full: ", "Free space");
	}

}
