package fr.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code relance status}: what ops read every morning, from the files of a home, without
 * the database.
 */
class StatusCommandTests {

	private final CliRun cli = new CliRun();

	@TempDir
	Path home;

	@Test
	void showsTheLastNightsTheWaitingAndQuarantinedFilesAndTheOpenAlerts() throws Exception {
		summary("2026-11-19", "COMPLETED", "[]");
		summary("2026-11-20", "FAILED", "[ \"establishment 670000025: newest ledger 2026-11-01 is 19 days old\" ]");
		Path waiting = Files.createDirectories(home.resolve("drop/750000010/in")).resolve("ledger-20261121.csv");
		Files.writeString(waiting, "a;b\n");
		Files.setLastModifiedTime(waiting, FileTime.from(Instant.now().minus(Duration.ofHours(3))));
		quarantined("750000010", "7-notes.txt", "notes.txt", "UNKNOWN_FORMAT");

		assertThat(cli.run("status", "--home", home.toString())).isZero();

		assertThat(cli.out()).contains("Engine: idle", "Last completed night: 2026-11-19",
				"2026-11-20  FAILED    attempts 2, 3.5 s", "2026-11-19  COMPLETED attempts 2, 3.5 s",
				"intake     COMPLETED  read 6, written 5, rejected 1, 1.5 s; quarantined 1", "Files waiting in in/: 1",
				"750000010  ledger-20261121.csv", "waiting 3 h 0 min", "Quarantined files: 1", "750000010/7-notes.txt",
				"UNKNOWN_FORMAT", "Le format n'est pas reconnu.", "Open alerts (last night): 1",
				"dunning: establishment 670000025: newest ledger 2026-11-01 is 19 days old",
				"not completed: establishment 670000025 FAILED at dunning");
		assertThat(cli.out()).containsOnlyOnce("not completed: establishment");
		assertThat(cli.out().indexOf("2026-11-20  FAILED")).isLessThan(cli.out().indexOf("2026-11-19  COMPLETED"));
	}

	@Test
	void jsonGivesTheSameForMonitoring() throws Exception {
		summary("2026-11-20", "COMPLETED", "[ \"a stale ledger\" ]");
		quarantined("670000025", "3-x.csv", "x.csv", "FOREIGN_FINESS");

		assertThat(cli.run("status", "--json", "--home", home.toString())).isZero();

		JsonNode json = JsonMapper.builder().build().readTree(cli.out());
		assertThat(json.path("lastCompletedNight").asString()).isEqualTo("2026-11-20");
		assertThat(json.path("runningNow").isNull()).isTrue();
		assertThat(json.path("nights").get(0).path("status").asString()).isEqualTo("COMPLETED");
		assertThat(json.path("nights").get(0).path("seconds").decimalValue()).isEqualByComparingTo("3.5");
		assertThat(json.path("nights").get(0).path("stages").get(0).path("figures").path("quarantined").asLong())
			.isEqualTo(1);
		assertThat(json.path("quarantined").get(0).path("file").asString()).isEqualTo("670000025/3-x.csv");
		assertThat(json.path("quarantined").get(0).path("reasonCode").asString()).isEqualTo("FOREIGN_FINESS");
		assertThat(json.path("alerts").get(0).asString()).isEqualTo("dunning: a stale ledger");
		assertThat(json.path("waitingFiles").size()).isZero();
	}

	@Test
	void anEmptyHomeSaysNoNightHasRun() {
		assertThat(cli.run("status", "--home", home.toString())).isZero();
		assertThat(cli.out()).contains("Last completed night: none yet", "none has run yet", "Quarantined files: 0");
	}

	@Test
	void badUsageIsExitTwoWithAClearMessage() {
		assertThat(cli.run("status", "--nights", "many", "--home", home.toString())).isEqualTo(2);
		assertThat(cli.err()).contains("--nights must be a whole number from 1 to 366, got 'many'",
				"usage: relance status");
		assertThat(cli.run("status", "--db-url", "jdbc:postgresql://x/y")).isEqualTo(2);
		assertThat(cli.err()).contains("unknown option --db-url");
		assertThat(cli.run("status", "now")).isEqualTo(2);
		assertThat(cli.err()).contains("unknown command 'status now'");
	}

	private void summary(String date, String status, String alerts) throws Exception {
		Path dir = Files.createDirectories(home.resolve("out").resolve(date));
		Files.writeString(dir.resolve("run-summary.json"), """
				{ "runDate" : "%s", "status" : "%s", "attempt" : 2, "stages" : [
				  { "stage" : "intake", "status" : "COMPLETED", "read" : 6, "written" : 5, "rejected" : 1,
				    "seconds" : 1.5, "note" : "", "alerts" : [ ], "figures" : { "quarantined" : 1 } },
				  { "stage" : "dunning", "status" : "%s", "read" : 19, "written" : 6, "rejected" : 0,
				    "seconds" : 2.0, "note" : "", "alerts" : %s, "figures" : { } } ],
				  "files" : [ ], "establishments" : [
				  { "finess" : "750000010", "status" : "COMPLETED", "attempt" : 1, "seconds" : 2.0, "stages" : [ ] },
				  { "finess" : "670000025", "status" : "%s", "attempt" : 2, "seconds" : 1.5, "stages" : [
				    { "stage" : "intake", "status" : "COMPLETED" }, { "stage" : "dunning", "status" : "%s" } ] } ] }
				""".formatted(date, status, status, alerts, status, status), StandardCharsets.UTF_8);
	}

	private void quarantined(String finess, String stored, String original, String code) throws Exception {
		Path dir = Files.createDirectories(home.resolve("drop/.quarantine").resolve(finess));
		Files.writeString(dir.resolve(stored), "content");
		Files.writeString(dir.resolve(stored + ".reason.txt"), "Fichier : " + original + "\nÉtablissement : " + finess
				+ "\nCode : " + code + "\nMotif : Le format n'est pas reconnu.\n", StandardCharsets.UTF_8);
	}

}
