package fr.relance.support.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a data directory created by an older engine (every local connection trusted, no
 * password) to password authentication: the superuser gets the home's password, then the
 * server reloads an access file that asks for it.
 */
final class PasswordAuthentication {

	private static final Logger log = LoggerFactory.getLogger(PasswordAuthentication.class);

	static final String HBA = """
			# Written by Relance: every connection gives the password of <home>/db.secret (there is no Unix socket).
			host    all    all    127.0.0.1/32    scram-sha-256
			host    all    all    ::1/128         scram-sha-256
			""";

	private PasswordAuthentication() {
	}

	/**
	 * The access file still trusts some connections (a data directory made before
	 * passwords).
	 */
	static boolean isMissing(Path dataDirectory) {
		try {
			return Files.readAllLines(dataDirectory.resolve("pg_hba.conf"), StandardCharsets.UTF_8)
				.stream()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.anyMatch((line) -> line.matches(".*\\strust(\\s.*)?"));
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read the access file of " + dataDirectory, e);
		}
	}

	/**
	 * On a server that still trusts local connections: sets the password, then requires
	 * it.
	 */
	static void require(String jdbcUrl, String password, Path dataDirectory) {
		try (Connection c = DriverManager.getConnection(jdbcUrl); Statement st = c.createStatement()) {
			// the secret is URL-safe base64: no quote can end the literal
			st.execute("ALTER ROLE postgres PASSWORD '" + password + "'");
			Files.writeString(dataDirectory.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
			st.execute("SELECT pg_reload_conf()");
			log.info("the embedded database now asks every connection for the password of the engine home");
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot set the embedded database's password: " + e.getMessage(), e);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write the access file of " + dataDirectory, e);
		}
	}

}
