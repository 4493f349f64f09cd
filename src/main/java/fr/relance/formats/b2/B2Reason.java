package fr.relance.formats.b2;

/**
 * Why a B2 file was refused, or (for {@link #isCheck() checks} in lenient mode) what a
 * warning is about.
 */
public enum B2Reason {

	EMPTY_FILE, NOT_B2, BAD_RECORD_LENGTH, TRUNCATED, DATA_AFTER_END, NOT_DIGITS, BAD_AMOUNT, BAD_DATE,
	/** A field holds a control character (a NUL byte, ESC...): the file was damaged. */
	CONTROL_CHARACTER,
	/** A record where its parent is missing (an invoice record outside a lot...). */
	OUT_OF_PLACE,
	/** An invoice without its {@code 5}, a lot without its {@code 6}. */
	MISSING_END,
	/** A record of an invoice quotes another invoice number. */
	INVOICE_MISMATCH,
	/** Header and trailer name different senders or file ids. */
	HEADER_TRAILER_MISMATCH,
	/**
	 * Check: the {@code 5} line count differs from the {@code 3}/{@code 4} records of the
	 * invoice.
	 */
	LINE_COUNT_MISMATCH(true),
	/**
	 * Check: a {@code 6} count (invoices, lines, type-5 records) differs from the lot
	 * read.
	 */
	LOT_COUNT_MISMATCH(true),
	/**
	 * Check: a {@code 6} total (billed, AMO, AMC) differs from the sum of the lot's
	 * {@code 5} records.
	 */
	LOT_TOTAL_MISMATCH(true),
	/** Check: the {@code 6} lot number differs from the {@code 1}. */
	LOT_NUMBER_MISMATCH(true),
	/** Check: the {@code 999} lot count differs from the lots read. */
	TRAILER_LOT_COUNT_MISMATCH(true),
	/** Check: the {@code 999} record count matches no accepted convention. */
	TRAILER_RECORD_COUNT_MISMATCH(true), IO_ERROR;

	private final boolean check;

	B2Reason() {
		this(false);
	}

	B2Reason(boolean check) {
		this.check = check;
	}

	/**
	 * True for the total checks (docs/formats.md#b2-checks), which lenient mode only
	 * reports.
	 */
	public boolean isCheck() {
		return check;
	}

}
