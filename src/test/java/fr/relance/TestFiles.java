package fr.relance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * File helpers shared by the tests that build a drop zone from the samples or a generated
 * world.
 */
public final class TestFiles {

	private TestFiles() {
	}

	/** Copies the folder {@code from} and everything under it into {@code to}. */
	public static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> all = Files.walk(from)) {
			for (Path source : all.toList()) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(source, target);
				}
			}
		}
	}

}
