package fr.relance.reconcile.internal;

import java.math.BigDecimal;

/** A part a payment may settle, with what is still open on it. */
record OpenPart(long invoicePartId, BigDecimal amountOpen, String invoiceNumber) {
}
