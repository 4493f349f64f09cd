package fr.relance.intake;

import java.nio.charset.Charset;

/**
 * The first bytes of a dropped file (the whole file when small), given to format
 * detectors: formats are recognised from content, never from the file name.
 *
 * @param name file name as dropped (for messages only)
 * @param bytes the first bytes of the file
 * @param size full size of the file in bytes
 */
public record FileHead(String name, byte[] bytes, long size) {

	/** Number of bytes read for detection. */
	public static final int LENGTH = 64 * 1024;

	/** True when {@link #bytes()} holds the whole file. */
	public boolean whole() {
		return bytes.length == size;
	}

	public String text(Charset charset) {
		return new String(bytes, charset);
	}

	/**
	 * True when the head starts with these ASCII characters (after an optional UTF-8
	 * byte-order mark).
	 */
	public boolean startsWith(String ascii) {
		int offset = hasUtf8Bom() ? 3 : 0;
		if (bytes.length < offset + ascii.length()) {
			return false;
		}
		for (int i = 0; i < ascii.length(); i++) {
			if (bytes[offset + i] != (byte) ascii.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	public boolean hasUtf8Bom() {
		return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
	}

}
