package fr.relance.support.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Test helper run in its own JVM: starts the embedded database of a home, writes a row,
 * says READY and waits to be killed, as an engine killed in the middle of a night would
 * be.
 */
public final class HoldDatabaseMain {

	private HoldDatabaseMain() {
	}

	public static void main(String[] args) throws Exception {
		Path home = Path.of(args[0]);
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(home, home.resolve("pgdata"), true);
		try (Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", server.password());
				Statement st = c.createStatement()) {
			st.execute("CREATE TABLE IF NOT EXISTS survivor (note TEXT)");
			st.execute("INSERT INTO survivor VALUES ('written before the kill')");
		}
		System.out.println("READY");
		System.out.flush();
		Thread.sleep(120_000);
	}

}
