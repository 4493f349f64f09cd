package fr.relance.reconcile.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A patient payment not yet (fully) allocated. */
public record UnmatchedPayment(long id, LocalDate paidOn, BigDecimal amount, String reference, String invoiceNumber,
		String payerName) {
}
