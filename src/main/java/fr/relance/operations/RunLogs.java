package fr.relance.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import fr.relance.support.config.RelanceProperties;

/**
 * The run log files of {@code <home>/logs/}. Each engine run writes its own (named before
 * the engine starts, so that its first line lands there); when an engine starts, run logs
 * older than {@code relance.logs.max-age} are deleted. The operations journal
 * ({@code operations.log}) is not a run log and is kept.
 */
@Component
public class RunLogs {

	public static final String PREFIX = "relance-";

	private static final Logger log = LoggerFactory.getLogger(RunLogs.class);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss'Z'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	RunLogs(RelanceProperties properties, LogSettings settings, Clock clock) {
		int deleted = prune(folder(properties.home()), settings.maxAge().toMillis(), clock.instant());
		if (deleted > 0) {
			log.info("{} run log files older than {} deleted", deleted, settings.maxAge());
		}
	}

	public static Path folder(Path home) {
		return home.resolve("logs");
	}

	/** The file of a run starting {@code now}. */
	public static Path fileFor(Path home, Instant now) {
		return folder(home).resolve(PREFIX + STAMP.format(now) + "-" + ProcessHandle.current().pid() + ".log");
	}

	/**
	 * Deletes the run logs (and rolled parts) last written more than {@code maxAgeMillis}
	 * ago; returns how many.
	 */
	static int prune(Path folder, long maxAgeMillis, Instant now) {
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		int deleted = 0;
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.getFileName().toString().startsWith(PREFIX)).toList()) {
				if (Files.isRegularFile(file)
						&& Files.getLastModifiedTime(file).toMillis() < now.toEpochMilli() - maxAgeMillis) {
					Files.delete(file);
					deleted++;
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot prune the run logs of " + folder, e);
		}
		return deleted;
	}

}
