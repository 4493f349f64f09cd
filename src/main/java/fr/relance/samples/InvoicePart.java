package fr.relance.samples;

import java.math.BigDecimal;

/**
 * What one payer owes on an invoice; {@code organisation} is the 9-digit AMC organisation
 * number for an AMC part, empty otherwise. Only parts with an amount above zero exist.
 */
public record InvoicePart(Payer payer, String organisation, BigDecimal due) {
}
