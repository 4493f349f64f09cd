package fr.relance.support.ids;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks, inside any text, the values shaped like a NIR (social security number), a
 * telephone number or an e-mail address, whatever column they came from: a reader masks
 * the columns meant to hold them, but establishments also type them in comments, names
 * and references. Each match is replaced by stars of the same length.
 */
public final class SensitiveValues {

	private static final String SEP = "[ .\\-]?";

	/**
	 * 13 characters (sex, year, month, department incl. 2A/2B, commune, order) and an
	 * optional 2-digit key.
	 */
	private static final Pattern NIR = Pattern.compile("(?<![0-9A-Za-z])[1-478]" + SEP + "\\d{2}" + SEP + "\\d{2}" + SEP
			+ "(?:\\d{2}|2[ABab])" + SEP + "\\d{3}" + SEP + "\\d{3}(?:" + SEP + "\\d{2})?(?![0-9A-Za-z])");

	/**
	 * French numbers in the writings establishments use: 0X XX XX XX XX, +33 X..., 0033
	 * X..., overseas +590...
	 */
	private static final Pattern PHONE = Pattern.compile("(?<![0-9])(?:(?:\\+|00)(?:33|590|594|596|262)"
			+ "[ .\\-]?(?:\\(0\\))?[ .\\-]?[1-9]|0[1-9])(?:[ .\\-]?\\d){8}(?![0-9])");

	private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)+");

	private static final List<Pattern> SHAPES = List.of(NIR, EMAIL, PHONE);

	private SensitiveValues() {
	}

	/**
	 * The text with every NIR-, phone- or e-mail-shaped value replaced by stars;
	 * {@code null} gives "".
	 */
	public static String mask(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String masked = text;
		for (Pattern shape : SHAPES) {
			Matcher matcher = shape.matcher(masked);
			StringBuilder out = new StringBuilder(masked.length());
			while (matcher.find()) {
				matcher.appendReplacement(out, Matcher.quoteReplacement(Masking.full(matcher.group())));
			}
			matcher.appendTail(out);
			masked = out.toString();
		}
		return masked;
	}

}
