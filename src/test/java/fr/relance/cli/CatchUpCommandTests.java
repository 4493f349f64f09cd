package fr.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code relance catch-up}: the missed nights after the last completed one, oldest first,
 * on a real engine home.
 */
class CatchUpCommandTests {

	private final CliRun cli = new CliRun();

	@TempDir
	Path home;

	@Test
	void runsThreeMissedNightsInOrderThenRefusesAnOlderOne() throws Exception {
		Path clinicIn = Files.createDirectories(home.resolve("drop/750000010/in"));
		Files.copy(Path.of("samples/drop/750000010/in/ledger-20261120.csv"), clinicIn.resolve("ledger-20261120.csv"));
		assertThat(cli.run(command("nightly", "--date", "2026-11-20"))).isEqualTo(3);
		// three nights missed; meanwhile the hospital dropped its export
		Path hospitalIn = Files.createDirectories(home.resolve("drop/670000025/in"));
		Files.copy(Path.of("samples/drop/670000025/in/export-gam-20261120.csv"),
				hospitalIn.resolve("export-gam-20261120.csv"));

		assertThat(cli.run(command("catch-up", "--until", "2026-11-23"))).isZero();

		String out = cli.out();
		assertThat(out).contains("Catching up 3 night(s): 2026-11-21 to 2026-11-23",
				"Caught up: 3 night(s) completed, 2026-11-21 to 2026-11-23.");
		assertThat(out.indexOf("Relance nightly 2026-11-21: COMPLETED")).isPositive()
			.isLessThan(out.indexOf("Relance nightly 2026-11-22: COMPLETED"));
		assertThat(out.indexOf("Relance nightly 2026-11-22: COMPLETED"))
			.isLessThan(out.indexOf("Relance nightly 2026-11-23: COMPLETED"));
		// the first caught-up night took the waiting file, the others found nothing new
		assertThat(fileNames("2026-11-21")).containsExactly("export-gam-20261120.csv");
		assertThat(fileNames("2026-11-22")).isEmpty();
		assertThat(fileNames("2026-11-23")).isEmpty();
		assertThat(home.resolve("out/2026-11-23/dunning-decisions.csv")).exists();

		assertThat(cli.run(command("catch-up", "--until", "2026-11-23"))).isZero();
		assertThat(cli.out()).contains("Nothing to catch up: every night up to 2026-11-23 has completed.");

		assertThat(cli.run(command("catch-up", "--from", "2026-11-22", "--until", "2026-11-25"))).isEqualTo(2);
		assertThat(cli.err()).contains("night 2026-11-22 is not after the night of 2026-11-23, already completed: a"
				+ " night older than one already decided cannot run");
		assertThat(home.resolve("out/2026-11-24")).doesNotExist();
	}

	@Test
	void badUsageIsExitTwoAndRunsNothing() {
		assertThat(cli.run("catch-up", "--max-nights", "0")).isEqualTo(2);
		assertThat(cli.err()).contains("--max-nights must be a whole number of at least 1, got '0'",
				"usage: relance catch-up");
		assertThat(cli.run("catch-up", "--until", "2026-02-30")).isEqualTo(2);
		assertThat(cli.err()).contains("--date must be YYYY-MM-DD, got '2026-02-30'");
		assertThat(cli.run("catch-up", "--date", "2026-11-20")).isEqualTo(2);
		assertThat(cli.err()).contains("unknown option --date");

		// an empty database: where to start is the operator's to say
		assertThat(cli.run(command("catch-up", "--until", "2026-11-23"))).isEqualTo(2);
		assertThat(cli.err()).contains("no night has completed on this database yet: give --from YYYY-MM-DD");
		assertThat(cli.run(command("catch-up", "--from", "2026-10-01", "--until", "2026-11-23"))).isEqualTo(2);
		assertThat(cli.err()).contains("54 nights to catch up (2026-10-01 to 2026-11-23), more than --max-nights 31");
		assertThat(home.resolve("out")).doesNotExist();
	}

	private List<String> fileNames(String night) throws Exception {
		JsonNode summary = JsonMapper.builder()
			.build()
			.readTree(home.resolve("out").resolve(night).resolve("run-summary.json").toFile());
		List<String> names = new ArrayList<>();
		summary.path("files").forEach(f -> names.add(f.path("name").asString()));
		return names;
	}

	private String[] command(String... args) {
		List<String> all = new ArrayList<>(Arrays.asList(args));
		all.addAll(List.of("--home", home.toString(), "--establishments", "samples/establishments",
				"--relance.embedded-db.fast=true", "--relance.embedded-db.binaries=target/test-homes/postgres",
				"--relance.intake.settle-delay=0s"));
		if (args[0].equals("nightly")) {
			all.add("--create-folders");
		}
		return all.toArray(String[]::new);
	}

}
