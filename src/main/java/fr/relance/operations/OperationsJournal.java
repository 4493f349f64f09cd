package fr.relance.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

import fr.relance.support.text.Printable;

/**
 * {@code <home>/logs/operations.log}: one line per change ops make by hand (a quarantined
 * file released, an establishment added or disabled), with its time and reason, kept
 * beside the run logs.
 */
public final class OperationsJournal {

	private final Path file;

	private final Clock clock;

	public OperationsJournal(Path home, Clock clock) {
		this.file = home.resolve("logs").resolve("operations.log");
		this.clock = clock;
	}

	public Path file() {
		return file;
	}

	public void record(String line) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, clock.instant().truncatedTo(ChronoUnit.SECONDS) + " " + Printable.of(line) + "\n",
					StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write the operations journal " + file, e);
		}
	}

}
