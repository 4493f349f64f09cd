package fr.relance.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * File names the engine derives from a dropped file's name (archive and quarantine
 * copies, error reports, temporary uploads). A name may legally take 255 bytes, so a
 * derived name that adds a prefix or a suffix can exceed the file-system limit: past
 * {@link #MAX_BYTES} the dropped name is shortened and a short hash of it keeps derived
 * names of different files apart. The original name is always kept where people read it
 * (registry, reports, reason file).
 */
public final class DerivedName {

	/**
	 * Bytes a derived name may take: 255 (ext4, xfs, tmpfs) less room for the suffixes
	 * added beside it ({@code .reason.txt}, {@code .tmp}, {@code .copying}).
	 */
	public static final int MAX_BYTES = 200;

	private static final int KEPT_EXTENSION_BYTES = 12;

	private DerivedName() {
	}

	/**
	 * {@code prefix + name + suffix}, with {@code name} shortened to
	 * {@code head~hash8.ext} when the whole is too long.
	 */
	public static String of(String prefix, String name, String suffix) {
		String whole = prefix + name + suffix;
		if (bytes(whole) <= MAX_BYTES) {
			return whole;
		}
		int dot = name.lastIndexOf('.');
		String extension = dot > 0 && bytes(name.substring(dot)) <= KEPT_EXTENSION_BYTES ? name.substring(dot) : "";
		String mark = "~" + hash8(name);
		int budget = MAX_BYTES - bytes(prefix) - bytes(suffix) - bytes(mark) - bytes(extension);
		return prefix + head(name.substring(0, name.length() - extension.length()), Math.max(budget, 0)) + mark
				+ extension + suffix;
	}

	private static int bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length;
	}

	/**
	 * The longest start of {@code text} that fits {@code budget} UTF-8 bytes, never
	 * cutting a character in two.
	 */
	private static String head(String text, int budget) {
		int used = 0;
		int end = 0;
		while (end < text.length()) {
			int codePoint = text.codePointAt(end);
			int size = bytes(Character.toString(codePoint));
			if (used + size > budget) {
				break;
			}
			used += size;
			end += Character.charCount(codePoint);
		}
		return text.substring(0, end);
	}

	private static String hash8(String name) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 4);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
