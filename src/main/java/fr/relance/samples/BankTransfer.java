package fr.relance.samples;

import java.math.BigDecimal;

/**
 * A patient's credit transfer on tonight's bank statement (camt.053) for one invoice:
 * amount, debtor name, unstructured remittance text, and the RF creditor reference when
 * the patient typed one (null otherwise).
 */
public record BankTransfer(Kind kind, BigDecimal amount, String debtorName, String remittanceText,
		String creditorReference) {

	/**
	 * The invoice quoted by the one transfer of each statement that pays no invoice (it
	 * must wait in suspense): below every generated number, which start at 100000000.
	 */
	public static final String UNKNOWN_INVOICE = "F099999999";

	/** How the payment can be matched, and what it pays. */
	public enum Kind {

		/** The invoice number in the text, the open amount in full. */
		INVOICE,
		/** The invoice number in the text, part of the open amount. */
		PARTIAL,
		/**
		 * An RF reference no dunning case owns yet, and the invoice number in the text.
		 */
		RF_AND_INVOICE,
		/**
		 * No reference at all: the exact open amount from a payer named like the patient,
		 * the only such part.
		 */
		NAME_AND_AMOUNT,
		/**
		 * The invoice number, more than the open amount, from a patient with no other
		 * invoice: a credit.
		 */
		OVERPAYMENT,
		/**
		 * The invoice number, the rest of a part the ledger shows partly paid at the
		 * desk.
		 */
		REMAINDER

	}

}
