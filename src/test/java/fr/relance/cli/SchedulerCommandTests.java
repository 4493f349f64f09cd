package fr.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scheduler}: bad usage and a wrong schedule file stop it at once with exit 2 and
 * say why.
 */
class SchedulerCommandTests {

	private final CliRun cli = new CliRun();

	@TempDir
	Path home;

	@Test
	void aThreadCountOutOfRangeIsABadUsage() {
		assertThat(cli.run("scheduler", "--threads", "0", "--home", home.toString())).isEqualTo(2);
		assertThat(cli.err()).contains("--threads must be a whole number from 1 to 64, got '0'",
				"usage: relance scheduler");
		assertThat(cli.run("scheduler", "--night", "2026-02-30", "--home", home.toString())).isEqualTo(2);
		assertThat(cli.err()).contains("--night must be YYYY-MM-DD, got '2026-02-30'");
	}

	@Test
	void aWrongScheduleFileStopsTheStartNamingItsLineAndField() throws Exception {
		Path schedule = Files.writeString(home.resolve("schedule.yml"), """
				schedules:
				  - name: nightly
				    cron: "0 30 2 * * ?"
				    misfire: whenever
				""");

		int status = cli.run("scheduler", "--schedule", schedule.toString(), "--home", home.resolve("h").toString(),
				"--establishments", "samples/establishments", "--relance.embedded-db.fast=true",
				"--relance.embedded-db.binaries=target/test-homes/postgres");

		assertThat(status).isEqualTo(2);
		assertThat(cli.err()).contains("relance: " + schedule
				+ " line 4, schedules[0].misfire: must be one of [fire-now, skip], got 'whenever'");
	}

	@Test
	void theHelpSaysHowItStopsAndWhereTheSchedulesAre() {
		assertThat(cli.run("scheduler", "--help")).isZero();
		assertThat(cli.out()).contains("--threads N", "--schedule FILE", "SIGTERM", "jobs/README.md");
		assertThat(cli.run("help")).isZero();
		assertThat(cli.out()).contains("scheduler");
	}

}
