package fr.relance.formats.fixedwidth;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Order of the six-character dates of a norm ({@code yyMMdd} or {@code ddMMyy}); the
 * order is not confirmed by the public sources (docs/formats.md#dates), so it is a
 * setting. Two-digit years fall in 2000-2099. Impossible dates (31 February) are refused.
 */
public record ShortDatePattern(String pattern) {

	/** Year first, the NOEMIE default. */
	public static final ShortDatePattern YYMMDD = new ShortDatePattern("yyMMdd");

	/** Day first, the B2 default. */
	public static final ShortDatePattern DDMMYY = new ShortDatePattern("ddMMyy");

	private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

	public ShortDatePattern {
		if (!pattern.matches("[yMd]{6}") || pattern.chars().filter(c -> c == 'y').count() != 2
				|| pattern.chars().filter(c -> c == 'M').count() != 2) {
			throw new IllegalArgumentException("a six-character date pattern of yy, MM and dd is expected: " + pattern);
		}
	}

	/**
	 * Parses six characters; throws {@link DateTimeParseException} on anything that is
	 * not a real date.
	 */
	public LocalDate parse(CharSequence text) {
		return formatter().parse(text, LocalDate::from);
	}

	/** Formats a date back into its six characters (writers). */
	public String format(LocalDate date) {
		return formatter().format(date);
	}

	private DateTimeFormatter formatter() {
		// 'uu' rather than 'yy': strict resolution needs a proleptic year
		return FORMATTERS.computeIfAbsent(pattern,
				p -> DateTimeFormatter.ofPattern(p.replace('y', 'u')).withResolverStyle(ResolverStyle.STRICT));
	}

}
