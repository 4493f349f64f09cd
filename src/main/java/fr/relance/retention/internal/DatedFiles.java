package fr.relance.retention.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import fr.relance.intake.ReasonFile;

/**
 * Listing helpers: regular files only (a link is never followed), and the date a file or
 * folder name starts with.
 */
public final class DatedFiles {

	private DatedFiles() {
	}

	/** Sub-folders of {@code folder}, sorted; none when it does not exist. */
	public static List<Path> folders(Path folder) {
		return list(folder).stream().filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList();
	}

	/** Regular files directly in {@code folder}, sorted. */
	public static List<Path> files(Path folder) {
		return list(folder).stream().filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList();
	}

	/** The {@code yyyy-MM-dd} a name starts with. */
	public static Optional<LocalDate> leadingDate(Path path) {
		String name = path.getFileName().toString();
		if (name.length() < 10) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(name.substring(0, 10)));
		}
		catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	/**
	 * The night a quarantined file belongs to: the {@code Nuit du} line of its reason
	 * file, else the day its reason file (or itself) was last written.
	 */
	public static LocalDate quarantineNight(Path file, Path reasonFile, ZoneId zone) {
		try {
			Optional<LocalDate> night = ReasonFile.readFile(reasonFile).value("Nuit du").flatMap(DatedFiles::date);
			if (night.isPresent()) {
				return night.get();
			}
			Path dated = Files.exists(reasonFile, LinkOption.NOFOLLOW_LINKS) ? reasonFile : file;
			return LocalDate.ofInstant(Files.getLastModifiedTime(dated, LinkOption.NOFOLLOW_LINKS).toInstant(), zone);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + reasonFile, e);
		}
	}

	private static Optional<LocalDate> date(String text) {
		try {
			return Optional.of(LocalDate.parse(text));
		}
		catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	private static List<Path> list(Path folder) {
		if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.sorted().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot list " + folder, e);
		}
	}

}
