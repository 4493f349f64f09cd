package fr.relance.intake.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import fr.relance.intake.IgnoredFile;
import fr.relance.intake.IgnoredFile.Reason;

/**
 * What an establishment's {@code in/} holds, read without following any link: the entries
 * intake takes (plain files and symbolic links, which are quarantined unread) in name
 * order, and those it leaves with a reason.
 *
 * @param candidates entries to take, in name order
 * @param ignored entries neither taken nor waiting
 */
public record InFolderScan(List<Path> candidates, List<IgnoredFile> ignored) {

	/**
	 * An upload still named {@code *.part} after this long was abandoned: it is listed so
	 * that someone acts.
	 */
	static final Duration ABANDONED_AFTER = Duration.ofDays(1);

	public static InFolderScan of(String finess, Path in, Clock clock) throws IOException {
		List<Path> candidates = new ArrayList<>();
		List<IgnoredFile> ignored = new ArrayList<>();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(in)) {
			for (Path entry : entries) {
				String name = entry.getFileName().toString();
				BasicFileAttributes attributes;
				try {
					attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
				}
				catch (NoSuchFileException e) {
					continue; // deleted by its establishment since the listing
				}
				Reason reason = reason(name, attributes, clock);
				if (reason == null) {
					candidates.add(entry);
				}
				else {
					ignored.add(new IgnoredFile(finess, name, reason));
				}
			}
		}
		candidates.sort(Comparator.naturalOrder());
		ignored.sort(Comparator.comparing(IgnoredFile::name));
		return new InFolderScan(List.copyOf(candidates), List.copyOf(ignored));
	}

	private static Reason reason(String name, BasicFileAttributes attributes, Clock clock) {
		if (attributes.isSymbolicLink()) {
			return null; // taken, to be quarantined without being followed
		}
		if (name.startsWith(".")) {
			return Reason.HIDDEN_FILE;
		}
		if (attributes.isDirectory()) {
			return Reason.FOLDER;
		}
		if (!attributes.isRegularFile()) {
			return Reason.SPECIAL_FILE;
		}
		if (InFolder.isUploadInProgress(name)
				&& Duration.between(attributes.lastModifiedTime().toInstant(), clock.instant())
					.compareTo(ABANDONED_AFTER) > 0) {
			return Reason.ABANDONED_UPLOAD;
		}
		return null;
	}

}
