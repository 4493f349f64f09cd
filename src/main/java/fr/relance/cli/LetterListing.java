package fr.relance.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The demo's letters: the print files of the night and how to find one letter again. */
final class LetterListing {

	private LetterListing() {
	}

	static void print(Path home, Console console) throws IOException {
		Path out = home.resolve("out");
		if (!Files.isDirectory(out)) {
			return;
		}
		List<Path> indexes;
		try (Stream<Path> paths = Files.walk(out)) {
			indexes = paths.filter((p) -> p.getFileName().toString().endsWith(".index.csv")).sorted().toList();
		}
		if (indexes.isEmpty()) {
			return;
		}
		console.out().println();
		console.out()
			.println("Letters (print file, then its printer index; PDF/A copies under "
					+ home.resolve("archive").resolve("letters") + "):");
		String reference = null;
		for (Path index : indexes) {
			List<String> rows = Files.readAllLines(index);
			String pdf = index.getFileName().toString().replace(".index.csv", ".pdf");
			console.out().println("  " + index.resolveSibling(pdf) + ": " + (rows.size() - 1) + " letters");
			if (reference == null && rows.size() > 1) {
				reference = rows.get(1).split(";")[1];
			}
		}
		if (reference != null) {
			console.out()
				.println("Find one letter again: ops/relance letter --reference " + reference + " --home " + home);
		}
	}

}
