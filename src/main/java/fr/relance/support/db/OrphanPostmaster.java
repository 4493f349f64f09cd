package fr.relance.support.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a PostgreSQL server left running on a data directory by an engine that was killed
 * (SIGKILL leaves the postmaster alive, holding {@code postmaster.pid}, and the next
 * start would fail on that lock file). Only called while the {@link EngineHomeLock} is
 * held, so a live server found there has no live owner.
 */
final class OrphanPostmaster {

	private static final Logger log = LoggerFactory.getLogger(OrphanPostmaster.class);

	private static final Duration FAST_SHUTDOWN_WAIT = Duration.ofSeconds(30);

	private OrphanPostmaster() {
	}

	static void stopIfRunning(Path dataDirectory) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		Optional<Long> pid = readPid(pidFile);
		if (pid.isEmpty()) {
			return;
		}
		Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
		if (process.isEmpty() || !isPostgres(process.get())) {
			// PostgreSQL would refuse to start if the recorded pid now belongs to some
			// other process.
			log.info("removing stale postmaster.pid (pid {} is not a running postgres)", pid.get());
			deleteQuietly(pidFile);
			return;
		}
		log.warn("an embedded PostgreSQL (pid {}) was left running by an engine that did not stop; shutting it down",
				pid.get());
		signal(pid.get(), "INT"); // PostgreSQL "fast" shutdown: roll back sessions,
									// checkpoint, exit
		if (!waitForExit(process.get(), FAST_SHUTDOWN_WAIT)) {
			signal(pid.get(), "QUIT"); // immediate shutdown; crash recovery runs at the
										// next start
			waitForExit(process.get(), Duration.ofSeconds(10));
		}
	}

	private static Optional<Long> readPid(Path pidFile) {
		try {
			List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
		}
		catch (IOException | NumberFormatException e) {
			return Optional.empty();
		}
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map(c -> c.endsWith("postgres") || c.endsWith("postmaster")).orElse(true);
	}

	private static void signal(long pid, String signal) {
		try {
			new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot signal the orphan PostgreSQL " + pid, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static boolean waitForExit(ProcessHandle process, Duration timeout) {
		try {
			process.onExit().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
			return true;
		}
		catch (Exception e) {
			return !process.isAlive();
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException e) {
			log.warn("cannot delete {}: {}", file, e.getMessage());
		}
	}

}
