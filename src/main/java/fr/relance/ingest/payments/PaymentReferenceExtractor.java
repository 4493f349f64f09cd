package fr.relance.ingest.payments;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds how to match a transfer from what the patient typed: an ISO 11649 reference first (only with a right
 * check, so a typo never points at someone else's case), else invoice numbers. Patients copy references in every
 * way: lower case, with or without the spaces of the printed form, between other words; all are found.
 * <p>
 * A reference is read from an {@code RF} that starts a word, through the following words of letters and digits
 * separated by spaces, and the longest such run with a right check wins. Hyphens or dots inside a reference are
 * not accepted: they would make runs into neighbouring words too easy.
 */
public final class PaymentReferenceExtractor {

	/** Default invoice number: {@code F} then 9 digits, matched in any case. */
	public static final String DEFAULT_INVOICE_PATTERN = "F\\d{9}";

	private static final int MAX_LENGTH = 4 + CreditorReference.MAX_BASE_LENGTH;

	private final Pattern invoice;

	/** {@code invoiceRegex} is matched case-insensitively and only as a whole word (not inside longer codes). */
	public PaymentReferenceExtractor(String invoiceRegex) {
		Objects.requireNonNull(invoiceRegex, "invoiceRegex");
		this.invoice = Pattern.compile("(?<![\\p{Alnum}])(?:" + invoiceRegex + ")(?![\\p{Alnum}])",
				Pattern.CASE_INSENSITIVE);
		if (this.invoice.matcher("").find()) {
			throw new IllegalArgumentException("invoice pattern matches the empty text: " + invoiceRegex);
		}
	}

	public static PaymentReferenceExtractor withDefaults() {
		return new PaymentReferenceExtractor(DEFAULT_INVOICE_PATTERN);
	}

	/** Looks at the structured reference, then the remittance text, then the end-to-end id of a bank line. */
	public ExtractedReference extract(BankCreditLine line) {
		return extract(line.creditorReference(), line.remittanceText(), line.endToEndId());
	}

	/** Looks at each text in turn (nulls ignored); a reference never spans two texts. */
	public ExtractedReference extract(String... texts) {
		Set<CreditorReference> references = new LinkedHashSet<>();
		Set<String> invoices = new LinkedHashSet<>();
		for (String text : texts) {
			if (text != null) {
				String upper = text.toUpperCase(Locale.ROOT);
				references.addAll(creditorReferences(upper));
				Matcher matcher = this.invoice.matcher(upper);
				while (matcher.find()) {
					invoices.add(matcher.group());
				}
			}
		}
		return ExtractedReference.of(new ArrayList<>(references), new ArrayList<>(invoices));
	}

	private static List<CreditorReference> creditorReferences(String text) {
		List<CreditorReference> found = new ArrayList<>();
		int from = text.indexOf("RF");
		while (from >= 0) {
			if (from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1))) {
				longestValidRun(text, from).ifPresent(found::add);
			}
			from = text.indexOf("RF", from + 1);
		}
		return found;
	}

	/** Candidate ends are the ends of words; the longest candidate with a right check is kept. */
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
			Optional<CreditorReference> reference = CreditorReference.tryParse(candidates.get(k));
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
		return "PaymentReferenceExtractor[invoice " + this.invoice.pattern() + "]";
	}

}
