package fr.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.relance.support.db.EmbeddedPostgresServer;
import fr.relance.support.db.EngineHomeLock;

/**
 * A database that does not answer ends the run with exit status 1 and a message naming
 * the setting.
 */
class DatabaseTimeoutTests {

	@TempDir
	Path home;

	@TempDir
	Path serverHome;

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return new Cli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8))
			.run(args);
	}

	@Test
	void aStatementLongerThanTheStatementTimeoutEndsTheRunAndReleasesTheHome() throws Exception {
		Files.createDirectories(home.resolve("drop"));

		int status = run("nightly", "--date", "2026-11-20", "--home", home.toString(), "--establishments",
				"samples/establishments", "--relance.embedded-db.fast=true", "--relance.db.statement-timeout=1ms");

		assertThat(status).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8))
			.contains("relance: failed: a database statement ran longer than relance.db.statement-timeout");
		// the home and its database are free for the next run
		try (EngineHomeLock free = EngineHomeLock.acquire(home)) {
			assertThat(home.resolve("pgdata/postmaster.pid")).doesNotExist();
		}
	}

	@Test
	void aFrozenDatabaseEndsTheRunWithinTheTimeouts() throws Exception {
		try (EmbeddedPostgresServer external = EmbeddedPostgresServer.start(serverHome, serverHome.resolve("pgdata"),
				true)) {
			List<Long> frozen = postgresProcesses(serverHome.resolve("pgdata"));
			signal("STOP", frozen);
			long start = System.nanoTime();
			int status;
			try {
				status = run("nightly", "--date", "2026-11-20", "--home", home.toString(), "--db-url",
						external.jdbcUrl(), "--db-password", external.password(), "--relance.db.connect-timeout=2s",
						"--relance.db.socket-timeout=3s", "--relance.db.statement-timeout=2s");
			}
			finally {
				signal("CONT", frozen);
			}

			assertThat(status).isEqualTo(1);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
			assertThat(err.toString(StandardCharsets.UTF_8)).contains("relance: failed: ")
				.containsAnyOf("relance.db.connect-timeout", "relance.db.socket-timeout");
		}
	}

	private static List<Long> postgresProcesses(Path dataDirectory) throws IOException {
		long postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
		List<Long> pids = new ArrayList<>();
		pids.add(postmaster);
		try (Stream<ProcessHandle> children = ProcessHandle.of(postmaster).orElseThrow().descendants()) {
			children.forEach((p) -> pids.add(p.pid()));
		}
		return pids;
	}

	private static void signal(String signal, List<Long> pids) throws Exception {
		List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
		pids.forEach((pid) -> command.add(Long.toString(pid)));
		new ProcessBuilder(command).inheritIO().start().waitFor();
	}

}
