package fr.relance.samples;

import java.math.BigDecimal;

/**
 * One row of {@code truth.csv}: the state of a payer's part of an invoice after one
 * night, as the engine's {@code invoice_part_balance} view shows it (amount due, amount
 * settled, status).
 */
public record PartState(Payer payer, BigDecimal due, BigDecimal settled, String status) {
}
