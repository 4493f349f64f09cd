package fr.relance.output.letters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fr.relance.support.ids.CreditorReference;
import fr.relance.support.postal.AddressBlock;

/**
 * Everything one letter prints about its debtor. Nothing medical can be here: the model
 * has no field for it.
 *
 * @param reference the letter's reference (the action's)
 * @param date the letter's date: the night it is emitted
 * @param paymentReference the case's RF reference, which reconciliation matches a
 * transfer with
 * @param quotedReference the first letter's reference a later letter quotes, null for the
 * first letter
 * @param quotedDate that letter's date (the night it was emitted)
 * @param specimen printed with a SPECIMEN mark, for an establishment to approve its
 * templates
 */
public record Letter(long actionId, String reference, LocalDate date, LetterTemplate template, AddressBlock recipient,
		List<InvoiceLine> invoices, CreditorReference paymentReference, String quotedReference, LocalDate quotedDate,
		boolean registered, boolean specimen) {

	public Letter {
		invoices = List.copyOf(invoices);
	}

	public BigDecimal total() {
		BigDecimal total = BigDecimal.ZERO.setScale(2);
		for (InvoiceLine invoice : this.invoices) {
			total = total.add(invoice.amountOwed());
		}
		return total;
	}

	public Letter asSpecimen() {
		return new Letter(this.actionId, this.reference, this.date, this.template, this.recipient, this.invoices,
				this.paymentReference, this.quotedReference, this.quotedDate, this.registered, true);
	}

}
