package fr.relance.output.letters;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One invoice a letter covers: its number, its date and what the patient still owes on it
 * tonight (never the care it was for).
 */
public record InvoiceLine(String number, LocalDate date, BigDecimal amountOwed) {
}
