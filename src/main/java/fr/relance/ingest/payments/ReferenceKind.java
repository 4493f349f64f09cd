package fr.relance.ingest.payments;

/** How a payment can be matched, best first (docs/architecture.md#reconcile). */
public enum ReferenceKind {

	/** A creditor reference with a right check was found: match on it. */
	RF,
	/** No valid creditor reference, but invoice-number candidates: match on them. */
	INVOICE,
	/** Nothing usable: match by patient and amount, else the suspense list. */
	NONE

}
