package fr.relance.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One open patient part of an invoice in a case.
 *
 * @param amountOpen what the patient still owes on this invoice, euros, scale 2
 * @param dueDate due date of the patient part (for a public hospital: the date the titre
 * was taken in charge, which starts the four-year limitation)
 * @param insurerPendingSince date since which an AMO/AMC part of the same invoice has
 * been awaited: the day it was billed to its payer (its B2 lot date, else the invoice's
 * date; for a part rejected and being re-billed, its rejection), null when none is
 * pending (settled, or none billed)
 * @param lastPaymentDate last patient payment on this invoice, null if none; it restarts
 * the limitation clock
 */
public record OpenPart(String invoiceNumber, BigDecimal amountOpen, LocalDate dueDate, LocalDate insurerPendingSince,
		LocalDate lastPaymentDate) {

	/**
	 * Date the limitation period counts from: the due date, or the last payment if later.
	 */
	public LocalDate limitationStart() {
		return this.lastPaymentDate != null && this.lastPaymentDate.isAfter(this.dueDate) ? this.lastPaymentDate
				: this.dueDate;
	}

}
