package fr.relance.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files waiting in the establishments' {@code in/} folders of a drop zone, oldest
 * first.
 */
public final class WaitingFiles {

	private WaitingFiles() {
	}

	public static List<WaitingFile> in(Path drop, Instant now) {
		List<WaitingFile> waiting = new ArrayList<>();
		for (Path establishment : DropFolders.establishments(drop)) {
			Path in = establishment.resolve("in");
			if (!Files.isDirectory(in)) {
				continue;
			}
			try (Stream<Path> entries = Files.list(in)) {
				for (Path file : entries.toList()) {
					if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
						Instant modified = Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant();
						waiting
							.add(new WaitingFile(establishment.getFileName().toString(), file.getFileName().toString(),
									Files.size(file), modified, Duration.between(modified, now).isNegative()
											? Duration.ZERO : Duration.between(modified, now)));
					}
				}
			}
			catch (IOException e) {
				throw new UncheckedIOException("cannot list " + in, e);
			}
		}
		waiting.sort(Comparator.comparing(WaitingFile::modified));
		return waiting;
	}

}
