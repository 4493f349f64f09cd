package fr.relance.reconcile.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A patient payment not yet (fully) allocated.
 *
 * @param reference a creditor reference with a right check, or null
 * @param badCheckReference a creditor reference as the patient wrote it, whose check
 * digits are wrong, or null: never matched on, only named in the suspense report
 * @param already what earlier nights allocated of it (zero but for a payment left half
 * done)
 */
public record UnmatchedPayment(long id, LocalDate paidOn, BigDecimal amount, String reference, String invoiceNumber,
		String payerName, String badCheckReference, BigDecimal already) {

	/** What is left of the payment to spread tonight. */
	BigDecimal left() {
		return amount.subtract(already);
	}

}
