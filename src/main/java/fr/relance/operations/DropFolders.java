package fr.relance.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folders of a drop zone: one per establishment, besides the engine's own hidden
 * ones.
 */
final class DropFolders {

	private DropFolders() {
	}

	/**
	 * {@code <drop>/<FINESS>} folders, sorted; hidden ones ({@code .archive},
	 * {@code .quarantine}) excluded.
	 */
	static List<Path> establishments(Path drop) {
		return children(drop).stream().filter(p -> !p.getFileName().toString().startsWith(".")).toList();
	}

	static List<Path> children(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.filter(Files::isDirectory).sorted().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot list " + folder, e);
		}
	}

}
