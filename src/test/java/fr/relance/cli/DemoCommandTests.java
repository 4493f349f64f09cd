package fr.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo a newcomer runs first: the whole night on samples/, through the real command line. */
class DemoCommandTests {

	@TempDir
	Path home;

	@Test
	void runsTheSampleNightAndPrintsTheSummaryAndTheOutputs() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

		int status = cli.run(new String[] { "demo", "--home", home.toString(), "--samples", "samples" });

		String printed = out.toString(StandardCharsets.UTF_8);
		assertThat(status).isZero();
		assertThat(printed).contains("Relance nightly 2026-11-20: COMPLETED (attempt 1)")
			.contains("intake", "ingest", "reconcile", "dunning", "output", "reporting")
			.contains("Outputs (under");
		assertThat(home.resolve("out/2026-11-20/run-summary.json")).exists();
		assertThat(printed).contains(Path.of("out", "2026-11-20", "run-summary.json").toString());
		// the demo's database was stopped when the command ended: the home can be wiped and reused at once
		assertThat(Files.exists(home.resolve("pgdata/postmaster.pid"))).isFalse();
	}

	@Test
	void runningTheDemoTwiceStartsFromAFreshHome() throws Exception {
		Cli cli = new Cli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), System.err);
		String[] args = { "demo", "--home", home.toString(), "--samples", "samples" };
		assertThat(cli.run(args)).isZero();
		Files.writeString(home.resolve("leftover.txt"), "from the first demo");

		assertThat(cli.run(args)).isZero();

		assertThat(home.resolve("leftover.txt")).doesNotExist();
	}

}
