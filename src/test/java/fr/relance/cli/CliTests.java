package fr.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
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
		assertThat(run("nightly", "--date", "2062-11-21", "--home", home.toString(),
				"--relance.embedded-db.fast=true")).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("--date 2062-11-21 is after today (",
				"--allow-future-date");
		assertThat(home.resolve("out/2062-11-21")).doesNotExist();
	}

}
