package fr.relance.samples.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Collectors;

import fr.relance.samples.GeneratedInvoice;
import fr.relance.samples.LedgerFlag;

/**
 * Field writings shared by the ledger profiles. Dates are built by hand rather than
 * through a formatter: a million-invoice ledger holds several million of them.
 */
final class LedgerFields {

	private LedgerFields() {
	}

	/** dd/MM/yyyy. */
	static String frenchDate(LocalDate date) {
		return Draws.digits(date.getDayOfMonth(), 2) + "/" + Draws.digits(date.getMonthValue(), 2) + "/"
				+ date.getYear();
	}

	/** yyyy-MM-dd. */
	static String isoDate(LocalDate date) {
		return date.getYear() + "-" + Draws.digits(date.getMonthValue(), 2) + "-"
				+ Draws.digits(date.getDayOfMonth(), 2);
	}

	/** yyyyMMdd. */
	static String compactDate(LocalDate date) {
		return date.getYear() + Draws.digits(date.getMonthValue(), 2) + Draws.digits(date.getDayOfMonth(), 2);
	}

	/** Decimal comma, no grouping: {@code 1234,56}. */
	static String commaAmount(BigDecimal euros) {
		return euros.toPlainString().replace('.', ',');
	}

	/** Decimal point, no grouping: {@code 1234.56}. */
	static String pointAmount(BigDecimal euros) {
		return euros.toPlainString();
	}

	/**
	 * Flag words separated by {@code |}, in {@link LedgerFlag} order; empty without
	 * flags.
	 */
	static String flagWords(GeneratedInvoice invoice) {
		return invoice.flags().stream().map(LedgerFlag::code).collect(Collectors.joining("|"));
	}

}
