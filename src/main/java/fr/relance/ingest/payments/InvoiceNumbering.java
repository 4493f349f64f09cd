package fr.relance.ingest.payments;

import java.util.List;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;

import fr.relance.establishment.Establishment;
import fr.relance.ingest.payments.internal.KnownInvoiceDao;

/**
 * How an establishment numbers its invoices, for the payment importers: the pattern its
 * file declares ({@code invoiceNumberPattern}), else one derived from the invoices its
 * ledgers brought (their commonest shapes: {@code H2600000201} gives {@code H\d{10}}),
 * else {@link InvoiceNumberFinder#GENERIC_PATTERN} before any ledger. Of several numbers
 * read on one transfer, the first the establishment knows is kept.
 */
public final class InvoiceNumbering {

	/**
	 * Shapes kept when deriving: a numbering rarely has more (invoices, credit notes, a
	 * change of system).
	 */
	static final int SHAPES = 5;

	private final KnownInvoiceDao dao;

	private final String finess;

	private final InvoiceNumberFinder finder;

	private final boolean declared;

	private InvoiceNumbering(KnownInvoiceDao dao, String finess, InvoiceNumberFinder finder, boolean declared) {
		this.dao = dao;
		this.finess = finess;
		this.finder = finder;
		this.declared = declared;
	}

	/** Reads the establishment's numbering on this handle (once per imported file). */
	public static InvoiceNumbering of(Handle handle, Establishment establishment) {
		KnownInvoiceDao dao = handle.attach(KnownInvoiceDao.class);
		if (establishment.invoiceNumberPattern() != null) {
			return new InvoiceNumbering(dao, establishment.finess(),
					InvoiceNumberFinder.of(establishment.invoiceNumberPattern()), true);
		}
		List<String> shapes = dao.shapes(establishment.finess(), SHAPES);
		String regex = shapes.isEmpty() ? InvoiceNumberFinder.GENERIC_PATTERN
				: shapes.stream().map(InvoiceNumbering::regexOf).collect(Collectors.joining("|"));
		return new InvoiceNumbering(dao, establishment.finess(), InvoiceNumberFinder.of(regex), false);
	}

	/**
	 * {@code F999999999} gives {@code F\d{9}}: runs of 9 are digits, anything else is
	 * itself.
	 */
	static String regexOf(String shape) {
		StringBuilder regex = new StringBuilder();
		int i = 0;
		while (i < shape.length()) {
			char c = shape.charAt(i);
			if (c == '9') {
				int end = i;
				while (end < shape.length() && shape.charAt(end) == '9') {
					end++;
				}
				regex.append("\\d{").append(end - i).append('}');
				i = end;
			}
			else {
				regex.append(Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c);
				i++;
			}
		}
		return regex.toString();
	}

	public PaymentReferenceExtractor extractor() {
		return new PaymentReferenceExtractor(this.finder);
	}

	/**
	 * The number to record: the first candidate the establishment knows, else the first
	 * read, else null.
	 */
	public String choose(List<String> candidates) {
		if (candidates.size() > 1) {
			List<String> known = this.dao.known(this.finess, candidates.toArray(String[]::new));
			for (String candidate : candidates) {
				if (known.contains(candidate)) {
					return candidate;
				}
			}
		}
		return candidates.isEmpty() ? null : candidates.get(0);
	}

	/** For the import summary: the pattern and where it comes from. */
	public String describe() {
		return "invoice numbers read as " + this.finder.pattern() + (this.declared ? " (declared)" : " (derived)");
	}

}
