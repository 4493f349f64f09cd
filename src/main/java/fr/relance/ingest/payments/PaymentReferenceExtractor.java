package fr.relance.ingest.payments;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import fr.relance.support.ids.CreditorReference;

/**
 * Finds how to match a transfer from what the patient typed: an ISO 11649 reference first
 * (only with a right check, so a typo never points at someone else's case), else invoice
 * numbers (their shape is the establishment's, see {@link InvoiceNumberFinder}). Patients
 * copy references in every way: lower case, with or without the spaces of the printed
 * form, between other words; all are found. A reference whose check fails is kept as
 * read, so that the suspense report can say so, but it never matches anything.
 * <p>
 * A reference is read from an {@code RF} that starts a word, through the following words
 * of letters and digits separated by spaces, and the longest such run with a right check
 * and the shape of the references Relance prints ({@link CreditorReference#namesACase})
 * wins: a shorter run that passes the check by chance is not taken for a reference.
 * Hyphens or dots inside a reference are not accepted: they would make runs into
 * neighbouring words too easy.
 */
public final class PaymentReferenceExtractor {

	/**
	 * The numbering of the demo and of most tests: {@code F} then 9 digits, matched in
	 * any case.
	 */
	public static final String DEFAULT_INVOICE_PATTERN = "F\\d{9}";

	private static final int MAX_LENGTH = 4 + CreditorReference.MAX_BASE_LENGTH;

	/**
	 * What a creditor reference looks like before its check: RF, 2 digits, then letters
	 * or digits.
	 */
	private static final Pattern RF_SHAPE = Pattern.compile("RF\\d{2}[A-Z0-9]*");

	private final InvoiceNumberFinder invoices;

	/**
	 * {@code invoiceRegex} is matched case-insensitively against whole words (not inside
	 * longer codes).
	 */
	public PaymentReferenceExtractor(String invoiceRegex) {
		this(InvoiceNumberFinder.of(invoiceRegex));
	}

	public PaymentReferenceExtractor(InvoiceNumberFinder invoices) {
		this.invoices = Objects.requireNonNull(invoices, "invoices");
	}

	public static PaymentReferenceExtractor withDefaults() {
		return new PaymentReferenceExtractor(DEFAULT_INVOICE_PATTERN);
	}

	/**
	 * Looks at the structured reference, then the remittance text, then the end-to-end id
	 * of a bank line.
	 */
	public ExtractedReference extract(BankCreditLine line) {
		return extract(line.creditorReference(), line.remittanceText(), line.endToEndId());
	}

	/** Looks at each text in turn (nulls ignored); a reference never spans two texts. */
	public ExtractedReference extract(String... texts) {
		Set<CreditorReference> references = new LinkedHashSet<>();
		Set<String> invoiceNumbers = new LinkedHashSet<>();
		List<String> badChecks = new ArrayList<>();
		for (String text : texts) {
			if (text != null) {
				String upper = text.toUpperCase(Locale.ROOT);
				char[] rest = upper.toCharArray();
				creditorReferences(upper, references, badChecks, rest);
				// digits inside a reference are never an invoice number
				invoiceNumbers.addAll(this.invoices.find(new String(rest)));
			}
		}
		return ExtractedReference.of(new ArrayList<>(references), new ArrayList<>(invoiceNumbers),
				badChecks.isEmpty() ? null : badChecks.get(0));
	}

	/**
	 * Valid references go to {@code found}; an RF-shaped run whose check fails goes, as
	 * read, to {@code badChecks}. Both are blanked in {@code rest}.
	 */
	private static void creditorReferences(String text, Set<CreditorReference> found, List<String> badChecks,
			char[] rest) {
		int from = text.indexOf("RF");
		while (from >= 0) {
			if (from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1))) {
				Optional<CreditorReference> valid = longestValidRun(text, from);
				Optional<String> read = valid.isPresent() ? valid.map(CreditorReference::value) : asRead(text, from);
				valid.ifPresent(found::add);
				if (valid.isEmpty()) {
					read.ifPresent(badChecks::add);
				}
				if (read.isPresent()) {
					blank(rest, from, read.get().length());
				}
			}
			from = text.indexOf("RF", from + 1);
		}
	}

	/**
	 * Blanks from {@code start} the characters that hold the {@code length} letters or
	 * digits of a reference.
	 */
	private static void blank(char[] text, int start, int length) {
		int seen = 0;
		for (int i = start; i < text.length && seen < length; i++) {
			if (isAsciiAlnum(text[i])) {
				seen++;
			}
			text[i] = ' ';
		}
	}

	/**
	 * The reference a patient meant, when none of its runs has a right check: the first
	 * word ({@code RF} + 2 digits + letters or digits) and the following words that hold
	 * a digit (the groups of the printed form), compacted.
	 */
	private static Optional<String> asRead(String text, int start) {
		StringBuilder compact = new StringBuilder(MAX_LENGTH + 1);
		StringBuilder word = new StringBuilder();
		for (int i = start; i <= text.length() && compact.length() + word.length() <= MAX_LENGTH; i++) {
			char c = i < text.length() ? text.charAt(i) : ' ';
			if (isAsciiAlnum(c)) {
				word.append(c);
				continue;
			}
			boolean first = compact.length() == 0;
			if (word.length() > 0) {
				if (first ? !RF_SHAPE.matcher(word).matches() : word.chars().noneMatch(Character::isDigit)) {
					break;
				}
				compact.append(word);
				word.setLength(0);
			}
			if (!isSpace(c)) {
				break;
			}
		}
		return compact.length() > 4 && compact.length() <= MAX_LENGTH ? Optional.of(compact.toString())
				: Optional.empty();
	}

	/**
	 * Candidate ends are the ends of words; the longest candidate with a right check that
	 * names a case is kept.
	 */
	private static Optional<CreditorReference> longestValidRun(String text, int start) {
		StringBuilder compact = new StringBuilder(MAX_LENGTH + 1);
		List<String> candidates = new ArrayList<>();
		for (int i = start; i < text.length() && compact.length() < MAX_LENGTH; i++) {
			char c = text.charAt(i);
			if (isSpace(c)) {
				continue;
			}
			if (!isAsciiAlnum(c)) {
				break;
			}
			compact.append(c);
			if (i + 1 == text.length() || !isAsciiAlnum(text.charAt(i + 1))) {
				candidates.add(compact.toString());
			}
		}
		for (int k = candidates.size() - 1; k >= 0; k--) {
			Optional<CreditorReference> reference = CreditorReference.tryParse(candidates.get(k))
				.filter(CreditorReference::namesACase);
			if (reference.isPresent()) {
				return reference;
			}
		}
		return Optional.empty();
	}

	private static boolean isAsciiAlnum(char c) {
		return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	@Override
	public String toString() {
		return "PaymentReferenceExtractor[invoice " + this.invoices.pattern() + "]";
	}

}
