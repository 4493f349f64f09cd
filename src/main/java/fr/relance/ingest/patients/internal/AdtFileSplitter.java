package fr.relance.ingest.patients.internal;

import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts an ADT file into its messages: one message, several one after the other, or a
 * batch (FHS/BHS ... BTS/FTS, whose envelopes carry nothing the engine keeps). Segments
 * may end with CR, LF or CRLF; the MLLP framing characters (VT before a message, FS after
 * it) that some interfaces leave in files are dropped. The file is read byte for byte
 * (ISO-8859-1 maps every byte to one character) and each message is then decoded in the
 * charset its MSH-18 names, so one file may mix them.
 */
final class AdtFileSplitter {

	private static final char VT = 0x0B;

	private static final char FS = 0x1C;

	private AdtFileSplitter() {
	}

	/**
	 * The messages, and in {@code stray} the lines of segments found outside any message.
	 */
	static List<RawMessage> split(byte[] content, List<Integer> stray) {
		String bytes = new String(content, StandardCharsets.ISO_8859_1);
		String[] lines = bytes.split("\r\n|\r|\n", -1);
		List<RawMessage> messages = new ArrayList<>();
		StringBuilder current = null;
		int start = 0;
		for (int i = 0; i < lines.length; i++) {
			String segment = strip(lines[i]);
			if (segment.isEmpty()) {
				continue;
			}
			String name = segment.length() >= 3 ? segment.substring(0, 3) : segment;
			switch (name) {
				case "FHS", "BHS", "BTS", "FTS" -> {
					if (current != null) {
						messages.add(message(messages.size() + 1, start, current));
						current = null;
					}
				}
				case "MSH" -> {
					if (current != null) {
						messages.add(message(messages.size() + 1, start, current));
					}
					current = new StringBuilder(segment);
					start = i + 1;
				}
				default -> {
					if (current == null) {
						stray.add(i + 1);
					}
					else {
						current.append('\r').append(segment);
					}
				}
			}
		}
		if (current != null) {
			messages.add(message(messages.size() + 1, start, current));
		}
		return messages;
	}

	private static String strip(String line) {
		int from = 0;
		int to = line.length();
		while (from < to && (line.charAt(from) == VT || line.charAt(from) == FS || line.charAt(from) == '\uFEFF'
				|| line.charAt(from) == ' ')) {
			from++;
		}
		while (to > from && (line.charAt(to - 1) == VT || line.charAt(to - 1) == FS)) {
			to--;
		}
		String stripped = line.substring(from, to);
		// a UTF-8 byte order mark read byte for byte
		return stripped.startsWith("\u00EF\u00BB\u00BF") ? stripped.substring(3) : stripped;
	}

	private static RawMessage message(int number, int line, StringBuilder text) {
		String bytes = text.toString();
		return new RawMessage(number, line, new String(bytes.getBytes(StandardCharsets.ISO_8859_1), charset(bytes)));
	}

	/**
	 * The charset MSH-18 names; without one, UTF-8 when the bytes are valid UTF-8, else
	 * ISO-8859-1 (the charset of most French patient administration systems).
	 */
	static Charset charset(String bytes) {
		int end = bytes.indexOf('\r');
		String msh = end < 0 ? bytes : bytes.substring(0, end);
		if (msh.length() > 3) {
			String[] fields = msh.split(java.util.regex.Pattern.quote(String.valueOf(msh.charAt(3))), -1);
			String named = fields.length > 17 ? fields[17].strip().toUpperCase(Locale.ROOT) : "";
			switch (named) {
				case "8859/1":
					return StandardCharsets.ISO_8859_1;
				case "8859/15":
					return Charset.forName("ISO-8859-15");
				case "UNICODE UTF-8", "UTF-8":
					return StandardCharsets.UTF_8;
				case "ASCII":
					return StandardCharsets.US_ASCII;
				default:
					break;
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.getBytes(StandardCharsets.ISO_8859_1)));
			return StandardCharsets.UTF_8;
		}
		catch (CharacterCodingException e) {
			return StandardCharsets.ISO_8859_1;
		}
	}

}
