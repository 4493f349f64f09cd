package fr.relance.ingest.payments;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an establishment's invoice numbers in what a patient typed on a transfer, given
 * the shape of those numbers (a regular expression matched whole and case-insensitively).
 * Patients surround and break numbers in many ways; tolerated: words such as
 * {@code FACTURE}, {@code FACT.}, {@code N°} before or glued to the number, spaces inside
 * it ({@code H 2600 000 201}), and leading zeros added or dropped ({@code 0004521} for
 * {@code 4521} and the reverse, dropped zeros only right after such a word, so that a
 * stray small number is not read as an invoice).
 * <p>
 * Each number is given in the establishment's own form (the one that matches the
 * pattern), as written first.
 */
public final class InvoiceNumberFinder {

	/**
	 * Used when an establishment declares no pattern and has no invoice yet: letters then
	 * at least 6 digits.
	 */
	public static final String GENERIC_PATTERN = "[A-Z]{0,3}\\d{6,15}";

	/** A number broken by spaces is read over at most this many words. */
	private static final int MAX_WORDS = 6;

	private static final int MAX_DIGITS = 18;

	/**
	 * Words and punctuation that separate words; '-', '.' and '_' may belong to a number
	 * and stay in words.
	 */
	private static final Pattern SEPARATORS = Pattern.compile("[\\s,;:/()\\[\\]{}#°º\"'*+=!?<>|\\\\]+");

	/**
	 * What patients write before a number; also stripped when glued to it
	 * ({@code FACT.F260000123}).
	 */
	private static final Pattern MARKER = Pattern.compile("(?:FACTURES?|FACT|FAC|FA|NUMERO|NUMÉRO|NUM|NO|N)\\.?");

	private static final Pattern GLUED_MARKER = Pattern.compile("^(?:FACTURES?|FACT\\.?|NUMERO|NUMÉRO|N\\.)");

	private static final Pattern LETTERS_DIGITS = Pattern.compile("([A-Z]*)(\\d+)(.*)");

	private final Pattern invoice;

	private InvoiceNumberFinder(Pattern invoice) {
		this.invoice = invoice;
	}

	/**
	 * Throws {@link IllegalArgumentException} when the pattern does not compile or
	 * matches the empty text.
	 */
	public static InvoiceNumberFinder of(String regex) {
		Objects.requireNonNull(regex, "regex");
		Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
		if (pattern.matcher("").matches()) {
			throw new IllegalArgumentException("invoice pattern matches the empty text: " + regex);
		}
		return new InvoiceNumberFinder(pattern);
	}

	public String pattern() {
		return this.invoice.pattern();
	}

	/**
	 * The invoice numbers of the text, in the order met, without duplicates, upper case.
	 */
	public List<String> find(String text) {
		Set<String> found = new LinkedHashSet<>();
		List<String> words = words(text.toUpperCase(Locale.ROOT));
		int i = 0;
		while (i < words.size()) {
			boolean afterMarker = i > 0 && MARKER.matcher(words.get(i - 1)).matches();
			int taken = 0;
			for (int j = Math.min(words.size(), i + MAX_WORDS); j > i && taken == 0; j--) {
				String number = number(String.join("", words.subList(i, j)), afterMarker);
				if (number != null) {
					found.add(number);
					taken = j - i;
				}
			}
			i += Math.max(taken, 1);
		}
		return new ArrayList<>(found);
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (String word : SEPARATORS.split(text)) {
			String trimmed = word.replaceAll("^[-._]+|[-._]+$", "");
			if (!trimmed.isEmpty()) {
				words.add(trimmed);
			}
		}
		return words;
	}

	/**
	 * The establishment's form of a candidate, or null: as written, without a glued
	 * marker, then zeros adjusted.
	 */
	private String number(String candidate, boolean afterMarker) {
		if (matches(candidate)) {
			return candidate;
		}
		Matcher glued = GLUED_MARKER.matcher(candidate);
		if (glued.find() && glued.end() < candidate.length()) {
			String rest = candidate.substring(glued.end());
			if (matches(rest)) {
				return rest;
			}
			candidate = rest;
			afterMarker = true;
		}
		return zerosAdjusted(candidate, afterMarker);
	}

	/**
	 * Leading zeros of the digits after the letters: extra ones removed, missing ones
	 * added after a marker.
	 */
	private String zerosAdjusted(String candidate, boolean afterMarker) {
		Matcher parts = LETTERS_DIGITS.matcher(candidate);
		if (!parts.matches()) {
			return null;
		}
		String digits = parts.group(2).replaceFirst("^0+", "");
		int written = parts.group(2).length();
		for (int zeros = 0; digits.length() + zeros <= MAX_DIGITS; zeros++) {
			if (zeros > written - digits.length() && !afterMarker) {
				break;
			}
			String form = parts.group(1) + "0".repeat(zeros) + digits + parts.group(3);
			if (!digits.isEmpty() && matches(form)) {
				return form;
			}
		}
		return null;
	}

	private boolean matches(String candidate) {
		return this.invoice.matcher(candidate).matches();
	}

	@Override
	public String toString() {
		return "InvoiceNumberFinder[" + this.invoice.pattern() + "]";
	}

}
