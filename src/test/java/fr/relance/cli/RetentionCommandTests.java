package fr.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import fr.relance.testworld.World;

/**
 * Retention: the night deletes exactly what {@code retention --dry-run} listed, and
 * nothing else.
 */
class RetentionCommandTests {

	private final CliRun cli = new CliRun();

	@TempDir
	Path home;

	@Test
	void theNightDeletesExactlyWhatTheDryRunListed() throws Exception {
		// past their retention on 2026-11-20 (archive 180 days, quarantine 90, reports
		// 90, outputs 400)
		List<Path> old = List.of(file("drop/.archive/750000010/2026-05-01/3-ledger-20260501.csv"),
				file("drop/.archive/750000010/2026-05-01/4-releve-20260430.xml"),
				file("drop/.quarantine/750000010/9-notes.txt"),
				reason("drop/.quarantine/750000010/9-notes.txt.reason.txt", "2026-08-01"),
				reason("drop/.quarantine/750000010/.released/1754000000000-8-x.csv.reason.txt", "2026-07-01"),
				file("drop/750000010/out/2026-08-10-ledger-20260810.csv.errors.csv"),
				file("out/2025-10-15/dunning-decisions.csv"));
		// within their retention, or never deleted
		List<Path> kept = List.of(file("drop/.archive/750000010/2026-05-26/5-ledger-20260526.csv"),
				file("drop/.quarantine/750000010/12-late.txt"),
				reason("drop/.quarantine/750000010/12-late.txt.reason.txt", "2026-08-22"),
				file("drop/750000010/out/2026-08-22-a-refacturer.csv"), file("out/2025-10-15/run-summary.json"),
				file("out/2025-10-16/dunning-decisions.csv"), file("logs/operations.log"));
		// a file's own time does not count: its night does
		Files.setLastModifiedTime(home.resolve("drop/.archive/750000010/2026-05-26/5-ledger-20260526.csv"),
				FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));

		assertThat(cli.run(command("retention", "--dry-run", "--date", "2026-11-20"))).isZero();

		Set<String> listed = cli.out()
			.lines()
			.filter(l -> l.startsWith("  "))
			.map(l -> l.strip().split("  ", 2)[1])
			.collect(Collectors.toSet());
		assertThat(listed).containsExactlyInAnyOrderElementsOf(old.stream().map(this::shown).toList());
		assertThat(cli.out()).contains("Dry run: the night of 2026-11-20 would delete 7 file(s)",
				"archive: 2 file(s) dated before 2026-05-24 (kept 180 days)", "outputs: 1 file(s)");
		old.forEach(p -> assertThat(p).exists());

		assertThat(cli.run(command("nightly", "--date", "2026-11-20", "--create-folders"))).isZero();

		old.forEach(p -> assertThat(p).doesNotExist());
		kept.forEach(p -> assertThat(p).exists());
		assertThat(home.resolve("drop/.archive/750000010/2026-05-01")).doesNotExist();
		List<String> deleted = Files.readAllLines(home.resolve("out/2026-11-20/retention-deleted.csv"),
				StandardCharsets.UTF_8);
		assertThat(deleted.get(0)).isEqualTo("kind;dated;file");
		assertThat(deleted.subList(1, deleted.size()).stream().map(l -> l.split(";", 3)[2]))
			.containsExactlyInAnyOrderElementsOf(listed);
		JsonNode summary = JsonMapper.builder()
			.build()
			.readTree(home.resolve("out/2026-11-20/run-summary.json").toFile());
		JsonNode retention = summary.path("stages").get(7);
		assertThat(retention.path("stage").asString()).isEqualTo("retention");
		assertThat(retention.path("figures").path("archiveFiles").asLong()).isEqualTo(2);
		assertThat(retention.path("figures").path("quarantineFiles").asLong()).isEqualTo(3);
		assertThat(retention.path("figures").path("reportFiles").asLong()).isEqualTo(1);
		assertThat(retention.path("figures").path("outputFiles").asLong()).isEqualTo(1);

		assertThat(cli.run(command("retention", "--dry-run", "--date", "2026-11-20"))).isZero();
		assertThat(cli.out()).contains("would delete 0 file(s)");
	}

	@Test
	void theNightPurgesExactlyThePatientsTheDryRunListedAndCountsThem() throws Exception {
		// 750000010 is a private clinic: a closed case quiet since before 20/11/2024 (two
		// years) is purged
		try (ConfigurableApplicationContext engine = Engine.start(Map.of("relance.home", home.toString(),
				"relance.establishments", "samples/establishments", "relance.embedded-db.fast", "true",
				"relance.embedded-db.binaries", "target/test-homes/postgres"))) {
			Jdbi jdbi = engine.getBean(Jdbi.class);
			settledPatient(jdbi, "IPP001234", "LEGRAND", LocalDate.of(2024, 1, 10));
			settledPatient(jdbi, "IPP005678", "LEBLANC", LocalDate.of(2025, 6, 2));
		}

		assertThat(cli.run(command("retention", "--dry-run", "--date", "2026-11-20"))).isZero();
		assertThat(cli.out())
			.contains("patients: 1 patient(s) of closed cases would be purged", "  2024-01-10  750000010/*****1234")
			.doesNotContain("LEGRAND", "5678", "IPP001234");

		assertThat(cli.run(command("nightly", "--date", "2026-11-20", "--create-folders"))).isZero();

		List<String> deleted = Files.readAllLines(home.resolve("out/2026-11-20/retention-deleted.csv"),
				StandardCharsets.UTF_8);
		assertThat(deleted).containsExactly("kind;dated;file", "PATIENT;2024-01-10;750000010/*****1234");
		JsonNode summary = JsonMapper.builder()
			.build()
			.readTree(home.resolve("out/2026-11-20/run-summary.json").toFile());
		JsonNode retention = summary.path("stages").get(7);
		assertThat(retention.path("figures").path("closedCasePatients").asLong()).isEqualTo(1);
		assertThat(retention.path("note").asString()).contains("1 patients of closed cases purged");
		try (ConfigurableApplicationContext engine = Engine.start(Map.of("relance.home", home.toString(),
				"relance.establishments", "samples/establishments", "relance.embedded-db.fast", "true",
				"relance.embedded-db.binaries", "target/test-homes/postgres"))) {
			Jdbi jdbi = engine.getBean(Jdbi.class);
			String patients = jdbi.withHandle(h -> h.createQuery("""
					SELECT string_agg(last_name || ':' || COALESCE(purged_on::text, '-'), ',' ORDER BY id) FROM patient
					WHERE finess = '750000010'""").mapTo(String.class).one());
			assertThat(patients).isEqualTo(":2026-11-20,LEBLANC:-");
		}

		assertThat(cli.run(command("retention", "--dry-run", "--date", "2026-11-20"))).isZero();
		assertThat(cli.out()).contains("patients: 0 patient(s)");
	}

	/**
	 * A patient whose only invoice the ledger of {@code on} showed paid in full, nothing
	 * since.
	 */
	private static void settledPatient(Jdbi jdbi, String ipp, String name, LocalDate on) {
		World world = World.clinic(jdbi, "750000010");
		world.ledger(on);
		world.patient(ipp)
			.named("Anne", name)
			.updatedOn(on)
			.invoice("F-" + ipp, on)
			.part("PATIENT", "90.00", "paid", on)
			.sourcePaid("90.00");
	}

	@Test
	void badUsageIsExitTwo() {
		assertThat(cli.run("retention", "--date", "yesterday")).isEqualTo(2);
		assertThat(cli.err()).contains("--date must be YYYY-MM-DD, got 'yesterday'", "usage: relance retention");
		assertThat(cli.run("retention", "--dry-run", "--force", "--home", home.toString())).isEqualTo(2);
		assertThat(cli.err()).contains("unknown option --force");
		assertThat(cli.run(command("retention", "--dry-run", "--relance.retention.archive-days=0"))).isEqualTo(2);
		assertThat(cli.err()).contains("invalid setting relance.retention.archive-days '0'");
		assertThat(cli.run(command("retention", "--dry-run", "--relance.retention.closed-case-days=-5"))).isEqualTo(2);
		assertThat(cli.err()).contains("invalid setting relance.retention.closed-case-days '-5'");
	}

	private Path file(String relative) throws Exception {
		Path file = home.resolve(relative);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, "content of " + relative);
	}

	private Path reason(String relative, String night) throws Exception {
		Path file = file(relative);
		Files.writeString(file,
				"Fichier : x\nÉtablissement : 750000010\nNuit du : " + night + "\nCode : UNKNOWN_FORMAT\n",
				StandardCharsets.UTF_8);
		return file;
	}

	private String shown(Path file) {
		return home.relativize(file).toString();
	}

	private String[] command(String... args) {
		List<String> all = new ArrayList<>(Arrays.asList(args));
		all.addAll(List.of("--home", home.toString(), "--establishments", "samples/establishments",
				"--relance.embedded-db.fast=true", "--relance.embedded-db.binaries=target/test-homes/postgres",
				"--relance.intake.settle-delay=0s"));
		return all.toArray(String[]::new);
	}

}
