package fr.relance.ingest.ledger.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import java.io.InputStreamReader;

/**
 * Charsets of establishment exports: detection (UTF-8 when the bytes are valid UTF-8,
 * else Windows-1252) and strict decoding, where a byte that is not valid in the declared
 * charset is an error rather than a silent '?'.
 */
public final class Charsets {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private Charsets() {
	}

	/**
	 * The declared charset, or UTF-8 when the head decodes as UTF-8, else Windows-1252.
	 */
	static Charset resolve(Optional<Charset> declared, byte[] head) {
		return declared.orElseGet(() -> isUtf8(head) ? StandardCharsets.UTF_8 : WINDOWS_1252);
	}

	public static boolean isUtf8(byte[] head) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			// a head cut in the middle of a multi-byte character is still UTF-8: ignore
			// its last 3 bytes
			int length = head.length < 65536 ? head.length : head.length - 3;
			decoder.decode(ByteBuffer.wrap(head, 0, Math.max(length, 0)));
			return true;
		}
		catch (CharacterCodingException e) {
			return false;
		}
	}

	/** A reader that fails on invalid bytes and skips a UTF-8 byte-order mark. */
	static Reader strictReader(InputStream in, Charset charset) throws IOException {
		PushbackInputStream pushback = new PushbackInputStream(in, 3);
		byte[] bom = pushback.readNBytes(3);
		boolean isBom = bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB
				&& (bom[2] & 0xFF) == 0xBF;
		if (!(isBom && charset.equals(StandardCharsets.UTF_8))) {
			pushback.unread(bom);
		}
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		return new InputStreamReader(pushback, decoder);
	}

}
