package fr.relance.ingest.amc;

import java.time.LocalDate;

/**
 * One valid statement row.
 *
 * @param status {@code P} paid, {@code R} rejected, {@code D} pending
 * @param claimedCents null when the statement has no claimed column or leaves it blank
 */
record AmcRow(long line, String invoiceNumber, String organisation, Long claimedCents, long paidCents, char status,
		String rejectCode, String rejectLabel, LocalDate paymentDate, String transferReference) {

	/** The transfer this row belongs to: statements may list several payments. */
	record Transfer(String organisation, String reference, LocalDate paymentDate) {
	}

	Transfer transfer() {
		return new Transfer(organisation, transferReference, paymentDate);
	}

	/**
	 * Tells apart two rows of one invoice in one transfer (a statement may split an
	 * invoice).
	 */
	String discriminator() {
		return status + "|" + claimedCents + "|" + paidCents + "|" + (rejectCode == null ? "" : rejectCode);
	}

}
