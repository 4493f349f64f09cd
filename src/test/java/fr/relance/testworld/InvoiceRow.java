package fr.relance.testworld;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The columns of an invoice row a test may choose. */
public record InvoiceRow(String number, LocalDate careDate, LocalDate issueDate, LocalDate dueDate, BigDecimal total,
		LocalDate updatedOn) {
}
