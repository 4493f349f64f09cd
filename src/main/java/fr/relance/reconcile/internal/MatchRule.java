package fr.relance.reconcile.internal;

/** How a patient payment found the parts it pays, in the order the rules are tried. */
enum MatchRule {

	/**
	 * The RF creditor reference: of a letter (the dunning case) or printed by the
	 * establishment on the invoice.
	 */
	REFERENCE,
	/**
	 * The invoice number, read in the establishment's own numbering: that invoice, then
	 * the patient's others.
	 */
	INVOICE,
	/**
	 * A payer named like the patient and the exact open amount of the only part that
	 * fits.
	 */
	NAME_AND_AMOUNT

}
