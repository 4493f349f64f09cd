package fr.relance.support.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The default database: a real PostgreSQL 17 started from the zonky Maven artifact on a
 * persistent data directory, so each night sees the state the previous one left. Holds
 * the engine-home lock for its whole life.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	private final EngineHomeLock homeLock;

	private final EmbeddedPostgres postgres;

	private final String password;

	private EmbeddedPostgresServer(EngineHomeLock homeLock, EmbeddedPostgres postgres, String password) {
		this.homeLock = homeLock;
		this.postgres = postgres;
		this.password = password;
	}

	/** Starts the server of {@code home} with its binaries in {@code <home>/postgres}. */
	public static EmbeddedPostgresServer start(Path home, Path dataDirectory, boolean fast) {
		return start(home, dataDirectory, home.resolve("postgres"), fast);
	}

	/**
	 * Starts the server of {@code home}, first stopping a server that a killed engine
	 * left behind. Only its owner can log in: connections need the password of
	 * {@code <home>/db.secret}, there is no Unix socket, and the binaries it runs are
	 * unpacked into the private folder {@code binaries}.
	 * @param fast fsync and synchronous commit off: for tests and demos, never for real
	 * nights
	 */
	public static EmbeddedPostgresServer start(Path home, Path dataDirectory, Path binaries, boolean fast) {
		EngineHomeLock lock = EngineHomeLock.acquire(home);
		try {
			Files.createDirectories(dataDirectory.getParent());
			OrphanPostmaster.stopIfRunning(dataDirectory);
			boolean fresh = !Files.exists(dataDirectory.resolve("postgresql.conf"));
			boolean trusting = !fresh && PasswordAuthentication.isMissing(dataDirectory);
			if (!fresh && !trusting && !Files.exists(DatabaseSecret.file(home))) {
				throw new IllegalStateException("the database password file " + DatabaseSecret.file(home)
						+ " is missing: restore it from the home's backup (the database in " + dataDirectory
						+ " only accepts that password)");
			}
			String password = DatabaseSecret.readOrCreate(home);
			// The library makes its working folder writable by everyone at every start
			// (by default the shared
			// temporary folder, where anyone could then swap the binaries): it gets a
			// folder inside the private one,
			// which nobody else can enter. The library also scans and cleans that folder:
			// set it before the builder
			// reads it.
			Path workingFolder = privateFolder(binaries).resolve("unpacked").toAbsolutePath();
			System.setProperty("ot.epg.working-dir", workingFolder.toString());
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setPgBinaryResolver(new HomeBinaries(workingFolder))
				.setOverrideWorkingDirectory(workingFolder.toFile())
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setConnectConfig("password", password)
				// no socket in the shared /tmp: TCP on localhost only, with the password
				.setServerConfig("unix_socket_directories", "''")
				.setServerConfig("listen_addresses", "localhost")
				.setServerConfig("max_connections", "50")
				// a nightly ledger merge writes millions of rows in one transaction: with
				// the defaults (128 MB of
				// buffers, 1 GB of WAL) it evicts dirty pages itself and checkpoints
				// mid-load
				.setServerConfig("shared_buffers", "512MB")
				.setServerConfig("wal_buffers", "64MB")
				.setServerConfig("max_wal_size", "4GB")
				.setServerConfig("checkpoint_timeout", "15min")
				// the import's staging tables are temporary: keep a million staged lines
				// in memory
				.setServerConfig("temp_buffers", "256MB");
			if (fresh) {
				// initdb's own options (the library passes them after its "-A trust", so
				// they win): the superuser
				// gets the home's password and every connection must give it, from the
				// very first start
				builder.setLocaleConfig("auth", "scram-sha-256")
					.setLocaleConfig("pwfile", DatabaseSecret.file(home).toAbsolutePath().toString());
			}
			// The library starts PostgreSQL with -F (fsync off) and synchronous_commit
			// off: a power loss could then
			// corrupt pgdata. Real nights say so explicitly; these -c options come after
			// -F and win.
			builder.setServerConfig("fsync", fast ? "off" : "on")
				.setServerConfig("synchronous_commit", fast ? "off" : "on")
				.setServerConfig("full_page_writes", fast ? "off" : "on");
			EmbeddedPostgres postgres = builder.start();
			EmbeddedPostgresServer server = new EmbeddedPostgresServer(lock, postgres, password);
			if (trusting) {
				PasswordAuthentication.require(server.jdbcUrl(), password, dataDirectory);
			}
			return server;
		}
		catch (IOException e) {
			lock.close();
			throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dataDirectory, e);
		}
		catch (RuntimeException e) {
			lock.close();
			throw e;
		}
	}

	/** Creates {@code folder} readable by its owner only, or makes it so. */
	private static Path privateFolder(Path folder) throws IOException {
		Files.createDirectories(folder);
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
		return folder;
	}

	/**
	 * Stops a server that a killed engine left on {@code dataDirectory}, without starting
	 * one (used before a home is wiped). Fails if a live engine uses the home.
	 */
	public static void stopLeftover(Path home, Path dataDirectory) {
		try (EngineHomeLock lock = EngineHomeLock.acquire(home)) {
			OrphanPostmaster.stopIfRunning(dataDirectory);
		}
	}

	/**
	 * The superuser's password (the user is {@code postgres}); never part of the URL,
	 * which may be logged.
	 */
	public String password() {
		return password;
	}

	/**
	 * JDBC URL of the {@code postgres} database as user {@code postgres} (give
	 * {@link #password()} too), with the batched-insert rewrite that speeds up chunk
	 * writes.
	 */
	public String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true&ApplicationName=relance";
	}

	public int port() {
		return postgres.getPort();
	}

	@Override
	public void close() {
		try {
			postgres.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot stop the embedded PostgreSQL", e);
		}
		finally {
			homeLock.close();
		}
	}

}
