package fr.relance.samples;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment already received by the establishment on one part of an invoice (on or before
 * the business date).
 */
public record SamplePayment(Payer payer, BigDecimal amount, LocalDate date) {
}
