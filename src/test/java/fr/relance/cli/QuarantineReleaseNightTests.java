package fr.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A file quarantined one night, fixed and released, is imported the next night: two real
 * nights on one home.
 */
class QuarantineReleaseNightTests {

	private final CliRun cli = new CliRun();

	@TempDir
	Path home;

	@Test
	void aFixedFileReleasedFromTheQuarantineIsImportedTheNextNight() throws Exception {
		Path in = Files.createDirectories(home.resolve("drop/670000025/in"));
		// the hospital's export, sent with its first lines cut off: no format is
		// recognised
		List<String> export = Files.readAllLines(Path.of("samples/drop/670000025/in/export-gam-20261120.csv"),
				StandardCharsets.ISO_8859_1);
		Files.write(in.resolve("export-gam-20261120.csv"), export.subList(3, export.size()),
				StandardCharsets.ISO_8859_1);

		assertThat(cli.run(night("2026-11-20"))).isEqualTo(3);
		assertThat(cli.run("quarantine", "list", "--home", home.toString())).isZero();
		assertThat(cli.out()).contains("UNKNOWN_FORMAT", "dropped as export-gam-20261120.csv");
		String id = cli.out()
			.lines()
			.filter(l -> l.contains("UNKNOWN_FORMAT"))
			.findFirst()
			.orElseThrow()
			.strip()
			.split(" ")[0];
		// the fix: the establishment sends the whole file again, ops put it in place of
		// the quarantined one
		Files.copy(Path.of("samples/drop/670000025/in/export-gam-20261120.csv"),
				home.resolve("drop/.quarantine").resolve(id), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

		assertThat(cli.run("quarantine", "release", id, "--home", home.toString())).isZero();
		assertThat(cli.run(night("2026-11-21"))).isZero();

		JsonNode summary = JsonMapper.builder()
			.build()
			.readTree(home.resolve("out/2026-11-21/run-summary.json").toFile());
		assertThat(summary.path("files")).singleElement().satisfies(file -> {
			assertThat(file.path("name").asString()).isEqualTo("export-gam-20261120.csv");
			assertThat(file.path("status").asString()).isEqualTo("imported");
			assertThat(file.path("rowsImported").asInt()).isPositive();
		});
		// nothing left in the quarantine but the trace of the release
		assertThat(Files.list(home.resolve("drop/.quarantine/670000025")).map(p -> p.getFileName().toString()))
			.containsExactly(".released");
	}

	private String[] night(String date) {
		return new String[] { "nightly", "--date", date, "--home", home.toString(), "--establishments",
				"samples/establishments", "--create-folders", "--relance.embedded-db.fast=true",
				"--relance.embedded-db.binaries=target/test-homes/postgres", "--relance.intake.settle-delay=0s" };
	}

}
