package fr.relance.reconcile.internal;

import java.math.BigDecimal;

/** A part a payment may settle, with what is still open on it when the payment comes. */
record PayablePart(long invoicePartId, BigDecimal amountOpen) {
}
