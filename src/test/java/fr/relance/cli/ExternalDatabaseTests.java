package fr.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.relance.support.db.EmbeddedPostgresServer;

/** With a datasource URL the engine runs on that database and starts no embedded one. */
class ExternalDatabaseTests {

	@TempDir
	Path serverHome;

	@TempDir
	Path engineHome;

	@Test
	void runsANightOnTheDatabaseTheUrlNames() throws Exception {
		try (EmbeddedPostgresServer external = EmbeddedPostgresServer.start(serverHome, serverHome.resolve("pgdata"),
				true)) {
			String url = external.jdbcUrl().replace("?user=postgres", "?");
			Files.createDirectories(engineHome.resolve("none"));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

			int status = cli
				.run(new String[] { "nightly", "--date", "2030-01-07", "--home", engineHome.toString(), "--db-url", url,
						"--db-user", "postgres", "--db-password", external.password(), "--allow-future-date",
						"--create-folders", "--establishments", engineHome.resolve("none").toString() });

			assertThat(status).isZero();
			assertThat(out.toString(StandardCharsets.UTF_8)).contains("Relance nightly 2030-01-07: COMPLETED");
			assertThat(engineHome.resolve("pgdata")).doesNotExist();
			try (Connection c = DriverManager.getConnection(external.jdbcUrl(), "postgres", external.password());
					Statement st = c.createStatement();
					ResultSet rs = st
						.executeQuery("SELECT count(*) FROM batch_job_instance WHERE job_name = 'night-closing'")) {
				rs.next();
				assertThat(rs.getInt(1)).isEqualTo(1);
			}
		}
	}

}
