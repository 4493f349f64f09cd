package fr.relance.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import fr.relance.support.config.RelanceProperties;

/**
 * The drop zone and the establishments folder a night reads. A missing one is an error,
 * not an empty night that reports success (a typo in a path, a share not mounted); a
 * first install creates them once with {@code --create-folders}.
 */
final class InputFolders {

	private InputFolders() {
	}

	/**
	 * True when both exist (or were just created); otherwise says which is missing, on
	 * the error stream.
	 */
	static boolean present(RelanceProperties properties, boolean create, Console console) {
		boolean present = present(properties.drop(), "drop zone (--drop, relance.drop)", create, console);
		return present(properties.establishments(), "establishments folder (--establishments, relance.establishments)",
				create, console) && present;
	}

	private static boolean present(Path folder, String what, boolean create, Console console) {
		if (Files.isDirectory(folder)) {
			return true;
		}
		if (create && !Files.exists(folder)) {
			try {
				Files.createDirectories(folder);
				console.out().println("Created the " + what + " " + folder.toAbsolutePath());
				return true;
			}
			catch (IOException e) {
				throw new UncheckedIOException("cannot create the " + what + " " + folder.toAbsolutePath(), e);
			}
		}
		console.err()
			.println("relance: the " + what + " " + folder.toAbsolutePath()
					+ (Files.exists(folder) ? " is not a folder" : " does not exist") + ": nothing ran. Check the path"
					+ (create ? "" : ", or give --create-folders on a first install"));
		return false;
	}

}
