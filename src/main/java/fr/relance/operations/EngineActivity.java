package fr.relance.operations;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Whether an engine is using a home right now: it holds {@code <home>/engine.lock} (an
 * operating-system lock, freed when its process dies). Looking never creates the lock
 * file nor keeps the lock.
 */
public final class EngineActivity {

	private EngineActivity() {
	}

	/**
	 * What the holder wrote in the lock file (e.g. {@code pid 1234}) when an engine is
	 * running, else empty.
	 */
	public static Optional<String> running(Path home) {
		Path file = home.resolve("engine.lock");
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (OverlappingFileLockException thisProcess) {
				lock = null;
			}
			if (lock != null) {
				lock.release();
				return Optional.empty();
			}
			String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
			return Optional.of(holder.isEmpty() ? "an engine" : holder);
		}
		catch (IOException e) {
			return Optional.empty();
		}
	}

}
