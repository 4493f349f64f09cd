package fr.relance.ingest.ledger;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * A date pattern of a ledger profile ({@code dd/MM/yyyy}, {@code yyyy-MM-dd},
 * {@code yyyyMMdd}...), read strictly: no 31/02. A pattern made of {@code dd},
 * {@code MM}, {@code yyyy} and separators reads a text of its exact shape digit by digit
 * ({@link #parseFixed}), many times faster than its formatter: a ledger line has three
 * dates.
 */
public final class DatePattern {

	private final String pattern;

	private final DateTimeFormatter formatter;

	/**
	 * Offsets of the day, month and year digits in a fixed-shape pattern; -1 when the
	 * pattern is not one.
	 */
	private final int day;

	private final int month;

	private final int year;

	private DatePattern(String pattern) {
		this.pattern = pattern;
		this.formatter = DateTimeFormatter.ofPattern(pattern.replace("yyyy", "uuuu"))
			.withResolverStyle(ResolverStyle.STRICT);
		int d = pattern.indexOf("dd");
		int m = pattern.indexOf("MM");
		int y = pattern.indexOf("yyyy");
		boolean fixed = d >= 0 && m >= 0 && y >= 0 && pattern.length() == 8 + separators(pattern);
		this.day = fixed ? d : -1;
		this.month = fixed ? m : -1;
		this.year = fixed ? y : -1;
	}

	/**
	 * @throws IllegalArgumentException when {@code pattern} is not a date pattern
	 */
	public static DatePattern of(String pattern) {
		return new DatePattern(pattern);
	}

	/** The date {@code text} says in this pattern, or null. */
	public LocalDate parse(String text) {
		LocalDate fixed = parseFixed(text);
		if (fixed != null) {
			return fixed;
		}
		try {
			return LocalDate.parse(text, formatter);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	/**
	 * The date of a text in this pattern's exact shape, read by hand; null for any other
	 * text (which the formatter may still read, e.g. a five-digit year) and for a date
	 * that does not exist.
	 */
	public LocalDate parseFixed(String text) {
		if (day < 0 || text.length() != pattern.length()) {
			return null;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean digit = c >= '0' && c <= '9';
			if (isDigit(i) ? !digit : c != pattern.charAt(i)) {
				return null;
			}
		}
		try {
			return LocalDate.of(number(text, year, 4), number(text, month, 2), number(text, day, 2));
		}
		catch (DateTimeException e) {
			return null; // 31/02, month 13...
		}
	}

	private boolean isDigit(int i) {
		return (i >= day && i < day + 2) || (i >= month && i < month + 2) || (i >= year && i < year + 4);
	}

	private static int number(String text, int from, int digits) {
		int value = 0;
		for (int i = from; i < from + digits; i++) {
			value = value * 10 + text.charAt(i) - '0';
		}
		return value;
	}

	/**
	 * Characters that are not pattern letters; a fixed-shape pattern has only dd, MM,
	 * yyyy and these.
	 */
	private static int separators(String pattern) {
		int count = 0;
		for (int i = 0; i < pattern.length(); i++) {
			if (!Character.isLetter(pattern.charAt(i))) {
				count++;
			}
		}
		return count;
	}

	@Override
	public String toString() {
		return pattern;
	}

}
