package fr.relance.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * File operations intake relies on: fingerprints, heads, moves that never leave a file
 * half-moved.
 */
final class SafeFiles {

	private SafeFiles() {
	}

	static String sha256(Path file) throws IOException {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = openNoFollow(file)) {
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				digest.update(buffer, 0, n);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	static byte[] head(Path file, int length) throws IOException {
		try (InputStream in = openNoFollow(file)) {
			return in.readNBytes(length);
		}
	}

	/**
	 * A file of in/ swapped for a symbolic link after it was listed is refused here,
	 * never followed.
	 */
	private static InputStream openNoFollow(Path file) throws IOException {
		return Channels.newInputStream(Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
	}

	/**
	 * Moves atomically (a rename within the drop zone's file system). Across file
	 * systems, copies to a temporary name, renames it, then deletes the source: at any
	 * instant the file is whole in at least one place.
	 */
	static void move(Path source, Path target) throws IOException {
		Files.createDirectories(target.getParent());
		try {
			Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException e) {
			Path tmp = target.resolveSibling(target.getFileName() + ".copying");
			Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES,
					LinkOption.NOFOLLOW_LINKS);
			Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
			Files.delete(source);
		}
	}

}
