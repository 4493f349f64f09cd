package fr.relance.support.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

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

		// when the next engine starts on the same home, then it stops the orphan and
		// starts with the data intact
		try (EmbeddedPostgresServer next = EmbeddedPostgresServer.start(home, home.resolve("pgdata"), true)) {
			assertThat(queryStrings(next, "SELECT note FROM survivor")).containsExactly("written before the kill");
			assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
		}
	}

	@Test
	void isDurableUnlessFastModeIsAsked() throws Exception {
		try (EmbeddedPostgresServer durable = EmbeddedPostgresServer.start(home, home.resolve("pgdata"), false)) {
			assertThat(queryStrings(durable,
					"SELECT current_setting('fsync') || ' ' || current_setting('synchronous_commit')"
							+ " || ' ' || current_setting('full_page_writes')"))
				.containsExactly("on on on");
		}
		try (EmbeddedPostgresServer fast = EmbeddedPostgresServer.start(home, home.resolve("pgdata"), true)) {
			assertThat(queryStrings(fast,
					"SELECT current_setting('fsync') || ' ' || current_setting('synchronous_commit')"))
				.containsExactly("off off");
		}
	}

	@Test
	void onlyTheHomesPasswordOpensTheDatabaseAndTheBinariesArePrivate() throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(home, home.resolve("pgdata"), true)) {
			assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl()).close())
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("password");
			assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "guessed").close())
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("password authentication failed");
			// no Unix socket in the shared /tmp either
			assertThat(queryStrings(server, "SELECT current_setting('unix_socket_directories')")).containsExactly("");
			Path secret = home.resolve("db.secret");
			assertThat(Files.readString(secret).strip()).isEqualTo(server.password()).hasSizeGreaterThan(40);
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
			Path binaries = home.resolve("postgres");
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(binaries))).isEqualTo("rwx------");
			try (Stream<Path> files = Files.walk(binaries)) {
				assertThat(files.map(Path::toString)).anyMatch((f) -> f.endsWith("/bin/postgres"));
			}
			long postmaster = Long.parseLong(Files.readAllLines(home.resolve("pgdata/postmaster.pid")).get(0).strip());
			assertThat(ProcessHandle.of(postmaster).flatMap((p) -> p.info().command()).orElseThrow())
				.startsWith(binaries.toRealPath().toString());
		}
	}

	@Test
	void aDatabaseThatTrustedEveryLocalConnectionGetsThePassword() throws Exception {
		// given a data directory as an older engine left it: no password, every local
		// connection trusted
		try (EmbeddedPostgresServer old = EmbeddedPostgresServer.start(home, home.resolve("pgdata"), true)) {
			execute(old, "CREATE TABLE kept (note TEXT)", "INSERT INTO kept VALUES ('before')",
					"ALTER ROLE postgres PASSWORD NULL");
			Files.writeString(home.resolve("pgdata/pg_hba.conf"),
					"host all all 127.0.0.1/32 trust\n" + "host all all ::1/128 trust\n");
		}
		Files.delete(home.resolve("db.secret"));

		try (EmbeddedPostgresServer upgraded = EmbeddedPostgresServer.start(home, home.resolve("pgdata"), true)) {
			assertThatThrownBy(() -> DriverManager.getConnection(upgraded.jdbcUrl()).close())
				.isInstanceOf(SQLException.class);
			assertThat(queryStrings(upgraded, "SELECT note FROM kept")).containsExactly("before");
			assertThat(home.resolve("db.secret")).exists();
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
		try (Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", server.password());
				Statement st = c.createStatement()) {
			for (String sql : statements) {
				st.execute(sql);
			}
		}
	}

	private static List<String> queryStrings(EmbeddedPostgresServer server, String sql) throws Exception {
		List<String> values = new ArrayList<>();
		try (Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", server.password());
				Statement st = c.createStatement();
				ResultSet rs = st.executeQuery(sql)) {
			while (rs.next()) {
				values.add(rs.getString(1));
			}
		}
		return values;
	}

}
