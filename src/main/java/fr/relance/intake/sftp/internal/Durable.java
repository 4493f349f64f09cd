package fr.relance.intake.sftp.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Forces a folder's entries (a rename, a new file) to disk, so that they survive a power
 * loss.
 */
public final class Durable {

	private Durable() {
	}

	public static void forceFolder(Path folder) throws IOException {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException e) {
			// some file systems cannot open a folder for reading; the data itself was
			// already forced
			if (!System.getProperty("os.name", "").toLowerCase().contains("win")) {
				throw e;
			}
		}
	}

}
