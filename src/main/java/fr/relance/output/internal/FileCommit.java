package fr.relance.output.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Files that appear whole or not at all: written under {@code <name>.tmp}, forced to
 * disk, renamed to their final name, and the rename itself forced (the folder synced), so
 * that after a crash a final name always holds a complete file and a temporary one is
 * simply written again.
 */
public final class FileCommit {

	private FileCommit() {
	}

	@FunctionalInterface
	public interface Content<T> {

		T writeTo(OutputStream out) throws IOException;

	}

	/**
	 * Writes {@code target} through a synced temporary file; returns what the content
	 * returned.
	 */
	public static <T> T write(Path target, Content<T> content) {
		Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
		try {
			Files.createDirectories(target.getParent());
			T result;
			try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
				result = content.writeTo(out);
				out.flush();
				channel.force(true);
			}
			Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			syncFolder(target.getParent());
			return result;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
		}
	}

	public static void write(Path target, byte[] bytes) {
		write(target, (out) -> {
			out.write(bytes);
			return null;
		});
	}

	/** An identical copy of {@code source} at {@code target}, with the same protocol. */
	public static void copy(Path source, Path target) {
		write(target, (out) -> Files.copy(source, out));
	}

	public static String sha256(Path file) {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + file, e);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Makes a rename durable: on Linux, syncing the folder's descriptor writes its
	 * entries.
	 */
	private static void syncFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException e) {
			// some file systems cannot open a folder for reading; the file itself was
			// synced
		}
	}

}
