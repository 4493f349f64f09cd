package fr.relance.output.sms;

import java.text.Normalizer;
import java.util.Map;

/**
 * The GSM 7-bit default alphabet (3GPP TS 23.038) and the segment arithmetic of SMS. A
 * text made only of its characters travels in septets: 160 in a single message, 153 per
 * part once concatenated (the part header takes 7); a character of the extension table
 * ({@code € [ ] { } \ ^ ~ |} and form feed) costs two septets, an escape and the
 * character, and that pair is never cut between two parts. Any other character forces the
 * whole message into UCS-2: 70 UTF-16 units, 67 per part, a surrogate pair never cut. Our
 * texts are transliterated first, so they stay GSM-7.
 */
public final class Gsm7 {

	/**
	 * The 128 characters of the default alphabet, in code order (0x1B, the escape, stands
	 * as a space here).
	 */
	private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
			+ "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

	private static final String EXTENSION = "\f^{}\\[~]|€";

	public static final int SINGLE_GSM = 160;

	public static final int PART_GSM = 153;

	public static final int SINGLE_UCS2 = 70;

	public static final int PART_UCS2 = 67;

	/**
	 * Characters outside the alphabet written as the nearest text French readers expect.
	 */
	private static final Map<Character, String> NEAREST = Map.ofEntries(Map.entry('œ', "oe"), Map.entry('Œ', "OE"),
			Map.entry('’', "'"), Map.entry('‘', "'"), Map.entry('´', "'"), Map.entry('`', "'"), Map.entry('«', "\""),
			Map.entry('»', "\""), Map.entry('“', "\""), Map.entry('”', "\""), Map.entry('\u00A0', " "),
			Map.entry('\u202F', " "), Map.entry('\u2009', " "), Map.entry('\t', " "), Map.entry('–', "-"),
			Map.entry('—', "-"), Map.entry('‑', "-"), Map.entry('…', "..."), Map.entry('°', "o"), Map.entry('ª', "a"),
			Map.entry('º', "o"), Map.entry('²', "2"), Map.entry('³', "3"));

	private Gsm7() {
	}

	/** The text's encoding and length once sent. */
	public enum Encoding {

		GSM7, UCS2

	}

	/**
	 * How a text travels.
	 *
	 * @param units septets for GSM-7, UTF-16 units for UCS-2
	 */
	public record Count(Encoding encoding, int units, int segments) {
	}

	public static boolean isBasic(char c) {
		return c != '\u001B' && BASIC.indexOf(c) >= 0;
	}

	public static boolean isExtension(char c) {
		return EXTENSION.indexOf(c) >= 0;
	}

	/**
	 * True when every character of the text is in the default alphabet or its extension
	 * table.
	 */
	public static boolean isGsm7(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!isBasic(c) && !isExtension(c)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The text in the GSM-7 alphabet: accents the alphabet lacks dropped ({@code ê} gives
	 * {@code e}; {@code é}, {@code è}, {@code à}, {@code ù} are in it and stay),
	 * typographic quotes, dashes and spaces made plain, {@code ç} written {@code Ç} (the
	 * alphabet has only the capital), and anything else left a {@code ?}.
	 */
	public static String transliterate(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isBasic(c) || isExtension(c)) {
				out.append(c);
				continue;
			}
			String nearest = NEAREST.get(c);
			if (c == 'ç') {
				out.append('Ç');
			}
			else if (nearest != null) {
				out.append(nearest);
			}
			else if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
				out.append('?');
				i++;
			}
			else {
				out.append(withoutAccent(c));
			}
		}
		return out.toString();
	}

	/** The base letter of an accented one when the alphabet has it, else {@code ?}. */
	private static char withoutAccent(char c) {
		String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
		char base = decomposed.charAt(0);
		return decomposed.length() > 1 && isBasic(base) ? base : '?';
	}

	/** Encoding, length and segments of a text as it stands (not transliterated). */
	public static Count count(CharSequence text) {
		return isGsm7(text) ? countGsm(text) : countUcs2(text);
	}

	private static Count countGsm(CharSequence text) {
		int septets = 0;
		for (int i = 0; i < text.length(); i++) {
			septets += isExtension(text.charAt(i)) ? 2 : 1;
		}
		if (septets <= SINGLE_GSM) {
			return new Count(Encoding.GSM7, septets, septets == 0 ? 0 : 1);
		}
		// parts of 153 septets, an escape pair that would straddle two parts moved whole
		// to the next one
		int segments = 1;
		int used = 0;
		for (int i = 0; i < text.length(); i++) {
			int width = isExtension(text.charAt(i)) ? 2 : 1;
			if (used + width > PART_GSM) {
				segments++;
				used = 0;
			}
			used += width;
		}
		return new Count(Encoding.GSM7, septets, segments);
	}

	private static Count countUcs2(CharSequence text) {
		int units = text.length();
		if (units <= SINGLE_UCS2) {
			return new Count(Encoding.UCS2, units, 1);
		}
		int segments = 1;
		int used = 0;
		for (int i = 0; i < text.length(); i++) {
			int width = Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() ? 2 : 1;
			if (used + width > PART_UCS2) {
				segments++;
				used = 0;
			}
			used += width;
			i += width - 1;
		}
		return new Count(Encoding.UCS2, units, segments);
	}

}
