package fr.relance.support.ids;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * ISO 11649 structured creditor reference ({@code RF} + 2 check digits + 1 to 21 letters
 * or digits), printed on every dunning letter so that a transfer can be matched to its
 * case without reading the patient's free text.
 * <p>
 * The check is ISO 7064 mod 97-10, the same as an IBAN: the base followed by
 * {@code RF00}, letters counted as 10..35, taken modulo 97; the check digits are 98 minus
 * that remainder. A valid reference therefore gives remainder 1 once its first four
 * characters are moved to the end. One wrong or swapped character is always caught.
 * <p>
 * Recommended base: the FINESS of the establishment (9 characters) followed by the
 * dunning case number on 8 digits ({@link #forEstablishment}): 17 characters, 21 with the
 * prefix, the same length on every letter. The FINESS keeps references unique when
 * several sites of a group share one bank account; the case number (rather than a
 * per-letter number) keeps the reference valid when the patient pays with an older
 * letter.
 *
 * @param value the electronic form: upper case, no spaces, e.g. {@code RF18539007547034}
 */
public record CreditorReference(String value) {

	/** Longest base the standard allows. */
	public static final int MAX_BASE_LENGTH = 21;

	private static final Pattern ELECTRONIC = Pattern.compile("RF\\d{2}[A-Z0-9]{1," + MAX_BASE_LENGTH + "}");

	private static final Pattern BASE = Pattern.compile("[A-Z0-9]{1," + MAX_BASE_LENGTH + "}");

	private static final int CASE_NUMBER_DIGITS = 8;

	/** Refuses anything that is not an electronic-form reference with a right check. */
	public CreditorReference {
		if (value == null || !ELECTRONIC.matcher(value).matches()) {
			throw new IllegalArgumentException("not RF + 2 digits + 1 to 21 upper-case letters or digits: " + value);
		}
		if (mod97(value.substring(4) + value.substring(0, 4)) != 1) {
			throw new IllegalArgumentException("wrong check digits: " + value);
		}
	}

	/**
	 * Builds the reference of a base of 1 to 21 letters or digits (lower case accepted,
	 * spaces not).
	 */
	public static CreditorReference generate(String base) {
		String upper = base == null ? "" : base.toUpperCase(Locale.ROOT);
		if (!BASE.matcher(upper).matches()) {
			throw new IllegalArgumentException("base must be 1 to 21 letters or digits: " + base);
		}
		int check = 98 - mod97(upper + "RF00");
		return new CreditorReference("RF" + (check < 10 ? "0" : "") + check + upper);
	}

	/** The recommended reference: FINESS (key checked) + case number on 8 digits. */
	public static CreditorReference forEstablishment(String finess, long caseNumber) {
		String normalised = Finess.normalise(finess);
		if (!Finess.isValid(normalised)) {
			throw new IllegalArgumentException("invalid FINESS: " + finess);
		}
		if (caseNumber < 0 || caseNumber >= 100_000_000L) {
			throw new IllegalArgumentException("case number must have at most 8 digits: " + caseNumber);
		}
		return generate(normalised + String.format(Locale.ROOT, "%0" + CASE_NUMBER_DIGITS + "d", caseNumber));
	}

	/**
	 * Tolerant reading: spaces (any kind) and lower case are accepted, e.g.
	 * {@code rf18 5390 0754 7034}.
	 */
	public static Optional<CreditorReference> tryParse(String text) {
		String compact = compact(text);
		if (!ELECTRONIC.matcher(compact).matches() || mod97(compact.substring(4) + compact.substring(0, 4)) != 1) {
			return Optional.empty();
		}
		return Optional.of(new CreditorReference(compact));
	}

	/**
	 * Same tolerance as {@link #tryParse}; throws with the reason when the text is not a
	 * valid reference.
	 */
	public static CreditorReference parse(String text) {
		return new CreditorReference(compact(text));
	}

	/** True when the text, read tolerantly, is a reference with a right check. */
	public static boolean isValid(String text) {
		return tryParse(text).isPresent();
	}

	/**
	 * True when the reference has the shape {@link #forEstablishment} gives (a FINESS
	 * with a right key, then 8 digits), the only one Relance prints. A run of a patient's
	 * text that has a right check but another length is a coincidence: a mistyped digit
	 * leaves each shorter run of the printed groups one chance in 97 to pass the check.
	 */
	public boolean namesACase() {
		String base = base();
		return base.length() == Finess.LENGTH + CASE_NUMBER_DIGITS && Finess.isValid(base.substring(0, Finess.LENGTH))
				&& base.substring(Finess.LENGTH).chars().allMatch((c) -> c >= '0' && c <= '9');
	}

	/** The part after the check digits, as given to {@link #generate}. */
	public String base() {
		return this.value.substring(4);
	}

	/** Paper form, groups of 4 from the left: {@code RF18 5390 0754 7034}. */
	public String printed() {
		StringBuilder out = new StringBuilder(this.value.length() + 6);
		for (int i = 0; i < this.value.length(); i++) {
			if (i > 0 && i % 4 == 0) {
				out.append(' ');
			}
			out.append(this.value.charAt(i));
		}
		return out.toString();
	}

	@Override
	public String toString() {
		return this.value;
	}

	private static String compact(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		// Character.isSpaceChar catches the no-break spaces a word processor puts between
		// the groups
		text.codePoints()
			.filter((c) -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
			.forEach(out::appendCodePoint);
		return out.toString().toUpperCase(Locale.ROOT);
	}

	/**
	 * Remainder modulo 97 of the number obtained by writing each letter as 10..35; input
	 * is [A-Z0-9].
	 */
	static int mod97(String alphanumeric) {
		int remainder = 0;
		for (int i = 0; i < alphanumeric.length(); i++) {
			int digit = Character.digit(alphanumeric.charAt(i), 36);
			remainder = (digit < 10) ? (remainder * 10 + digit) % 97 : (remainder * 100 + digit) % 97;
		}
		return remainder;
	}

}
