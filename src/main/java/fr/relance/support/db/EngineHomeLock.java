package fr.relance.support.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import fr.relance.support.config.SettingException;

/**
 * An operating-system lock on {@code <home>/engine.lock}, held while an engine uses that
 * home. The kernel releases it when the process dies, even by SIGKILL, so holding it
 * proves that any PostgreSQL server still running on the home's data directory is an
 * orphan of a dead engine and may be stopped.
 */
public final class EngineHomeLock implements AutoCloseable {

	private final FileChannel channel;

	private final FileLock lock;

	private EngineHomeLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/** Takes the lock or fails at once with a message naming the home. */
	public static EngineHomeLock acquire(Path home) {
		usableHome(home);
		try {
			Path file = home.resolve("engine.lock");
			FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
					StandardOpenOption.READ);
			FileLock lock = tryLock(channel);
			if (lock == null) {
				String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
				channel.close();
				throw new EngineBusyException("another Relance process is using the home " + home.toAbsolutePath()
						+ (holder.isEmpty() ? "" : " (" + holder + ")") + "; wait for it to finish");
			}
			channel.truncate(0);
			channel.write(StandardCharsets.UTF_8.encode("pid " + ProcessHandle.current().pid()));
			return new EngineHomeLock(channel, lock);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot lock the engine home " + home, e);
		}
	}

	/**
	 * The home exists (created if missing) and the engine can write there, else a setting
	 * error naming it.
	 */
	private static void usableHome(Path home) {
		try {
			Files.createDirectories(home);
		}
		catch (IOException e) {
			throw new SettingException(
					"the engine home " + home.toAbsolutePath() + " (--home, relance.home, RELANCE_HOME)"
							+ " cannot be created: " + e.getClass().getSimpleName() + " " + e.getMessage());
		}
		if (!Files.isDirectory(home) || !Files.isWritable(home)) {
			throw new SettingException("the engine home " + home.toAbsolutePath()
					+ " (--home, relance.home, RELANCE_HOME)" + " is not a folder the engine can write in");
		}
	}

	/** Null when another process, or this one, holds the lock. */
	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException e) {
			return null;
		}
	}

	@Override
	public void close() {
		try {
			lock.release();
			channel.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
