package fr.relance.ingest.payments;

/**
 * Why an entry of a statement produced no credit line and needs a human look (see
 * {@link SkippedEntry}).
 */
public enum SkipReason {

	/**
	 * The entry or one of its transactions is not in EUR; the engine only handles euros.
	 */
	CURRENCY_NOT_EUR,
	/** No amount, not a decimal, negative, zero or finer than the cent. */
	AMOUNT_INVALID,
	/**
	 * A batched entry whose transactions do not all carry their own amount: it cannot be
	 * split.
	 */
	BATCH_AMOUNTS_MISSING,
	/** The transaction amounts do not add up to the entry amount. */
	AMOUNTS_MISMATCH,
	/**
	 * {@code CdtDbtInd} missing or unknown, or a debit transaction inside a credit entry.
	 */
	DIRECTION_INVALID,
	/** No booking date, or a date that is not an ISO date. */
	DATE_INVALID,
	/**
	 * A status other than BOOK, PDNG, INFO or FUTR (e.g. a bank's proprietary code):
	 * maybe booked, maybe not.
	 */
	STATUS_UNKNOWN,
	/** The statement's account is not given as an IBAN. */
	ACCOUNT_IBAN_MISSING,
	/**
	 * A booked debit marked as a reversal: usually a patient's transfer sent back
	 * (recall, closed account). Debits are not read as payments, but this one may undo a
	 * payment already matched.
	 */
	DEBIT_REVERSAL

}
