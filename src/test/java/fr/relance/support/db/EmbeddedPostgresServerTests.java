package fr.relance.support.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTests {

	@TempDir
	Path home;

	@Test
	void keepsItsDataBetweenTwoStarts() throws Exception {
		try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(home, home.resolve("pgdata"), true)) {
			execute(first, "CREATE TABLE night (d DATE)", "INSERT INTO night VALUES ('2030-01-01')");
		}
		try (EmbeddedPostgresServer second = EmbeddedPostgresServer.start(home, home.resolve("pgdata"), true)) {
			assertThat(queryStrings(second, "SELECT d::text FROM night")).containsExactly("2030-01-01");
		}
	}

	@Test
	void refusesASecondEngineOnTheSameHome() {
		try (EmbeddedPostgresServer running = EmbeddedPostgresServer.start(home, home.resolve("pgdata"), true)) {
			assertThatThrownBy(() -> EmbeddedPostgresServer.start(home, home.resolve("pgdata"), true))
				.isInstanceOf(EngineBusyException.class)
				.hasMessageContaining("another Relance process is using the home");
		}
	}

	@Test
	void startsAgainAfterTheEngineWasKilledWithSigkill() throws Exception {
		// given an engine JVM that started the database and is then killed with SIGKILL
		Process engine = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
				HoldDatabaseMain.class.getName(), home.toString())
			.redirectErrorStream(true)
			.start();
		awaitReady(engine);
		engine.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		long orphanPid = Long.parseLong(Files.readAllLines(home.resolve("pgdata/postmaster.pid")).get(0).strip());
		assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);

		// when the next engine starts on the same home, then it stops the orphan and starts with the data intact
		try (EmbeddedPostgresServer next = EmbeddedPostgresServer.start(home, home.resolve("pgdata"), true)) {
			assertThat(queryStrings(next, "SELECT note FROM survivor")).containsExactly("written before the kill");
			assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
		}
	}

	private static void awaitReady(Process engine) throws Exception {
		BufferedReader lines = new BufferedReader(
				new InputStreamReader(engine.getInputStream(), StandardCharsets.UTF_8));
		List<String> seen = new ArrayList<>();
		for (String line = lines.readLine(); line != null; line = lines.readLine()) {
			if (line.equals("READY")) {
				return;
			}
			seen.add(line);
		}
		throw new AssertionError("the engine JVM ended before READY: " + seen);
	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static void execute(EmbeddedPostgresServer server, String... statements) throws Exception {
		try (Connection c = DriverManager.getConnection(server.jdbcUrl()); Statement st = c.createStatement()) {
			for (String sql : statements) {
				st.execute(sql);
			}
		}
	}

	private static List<String> queryStrings(EmbeddedPostgresServer server, String sql) throws Exception {
		List<String> values = new ArrayList<>();
		try (Connection c = DriverManager.getConnection(server.jdbcUrl()); Statement st = c.createStatement();
				ResultSet rs = st.executeQuery(sql)) {
			while (rs.next()) {
				values.add(rs.getString(1));
			}
		}
		return values;
	}

}
