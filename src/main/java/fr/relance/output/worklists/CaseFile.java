package fr.relance.output.worklists;

import java.math.BigDecimal;
import java.util.List;

import fr.relance.output.worklists.internal.WorklistDao.DebtorRow;
import fr.relance.output.worklists.internal.WorklistDao.InvoiceRow;
import fr.relance.output.worklists.internal.WorklistDao.PaymentRow;
import fr.relance.output.worklists.internal.WorklistDao.StepRow;

/**
 * What a third party or the staff need to know of one case: who owes, what is open, every
 * step taken with its reference and date, and what was paid. Nothing medical.
 */
record CaseFile(long caseId, DebtorRow debtor, List<InvoiceRow> invoices, List<StepRow> steps,
		List<PaymentRow> payments) {

	BigDecimal open() {
		return invoices.stream().map(InvoiceRow::amountOpen).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

	String debtorName() {
		return FrenchWords.person(debtor.lastName(), debtor.firstName());
	}

	String invoiceNumbers() {
		return String.join(", ", invoices.stream().map(InvoiceRow::invoiceNumber).toList());
	}

}
