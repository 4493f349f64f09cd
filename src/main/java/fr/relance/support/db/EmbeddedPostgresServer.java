package fr.relance.support.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The default database: a real PostgreSQL 17 started from the zonky Maven artifact on a persistent data directory,
 * so each night sees the state the previous one left. Holds the engine-home lock for its whole life.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	private final EngineHomeLock homeLock;

	private final EmbeddedPostgres postgres;

	private EmbeddedPostgresServer(EngineHomeLock homeLock, EmbeddedPostgres postgres) {
		this.homeLock = homeLock;
		this.postgres = postgres;
	}

	/**
	 * Starts the server of {@code home}, first stopping a server that a killed engine left behind.
	 * @param fast fsync and synchronous commit off: for tests and demos, never for real nights
	 */
	public static EmbeddedPostgresServer start(Path home, Path dataDirectory, boolean fast) {
		EngineHomeLock lock = EngineHomeLock.acquire(home);
		try {
			Files.createDirectories(dataDirectory.getParent());
			OrphanPostmaster.stopIfRunning(dataDirectory);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("max_connections", "50")
				// a nightly ledger merge writes millions of rows in one transaction: with the defaults (128 MB of
				// buffers, 1 GB of WAL) it evicts dirty pages itself and checkpoints mid-load
				.setServerConfig("shared_buffers", "512MB")
				.setServerConfig("wal_buffers", "64MB")
				.setServerConfig("max_wal_size", "4GB")
				.setServerConfig("checkpoint_timeout", "15min")
				// the import's staging tables are temporary: keep a million staged lines in memory
				.setServerConfig("temp_buffers", "256MB");
			if (fast) {
				builder.setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
					.setServerConfig("full_page_writes", "off");
			}
			return new EmbeddedPostgresServer(lock, builder.start());
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

	/**
	 * Stops a server that a killed engine left on {@code dataDirectory}, without starting one (used before a home
	 * is wiped). Fails if a live engine uses the home.
	 */
	public static void stopLeftover(Path home, Path dataDirectory) {
		try (EngineHomeLock lock = EngineHomeLock.acquire(home)) {
			OrphanPostmaster.stopIfRunning(dataDirectory);
		}
	}

	/** JDBC URL of the {@code postgres} database, with the batched-insert rewrite that speeds up chunk writes. */
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
