package fr.relance.formats.noemie;

/**
 * Emitted when a transfer ends (next {@code 071} or {@code 040}, its {@code 990}, or the
 * end of the body), with what was read under it. {@link #netCents()} is what should reach
 * the bank account. {@code recordNumber} is the physical record (line in logical mode)
 * where its {@code 071} starts, for importers that cite their source.
 */
public record TransferClosed(Transfer transfer, int lots, long invoiceReturns, long paidCents, long retainedCents,
		long recordNumber) implements NoemieEvent {

	/** AMO paid amounts of the invoices minus retentions. */
	public long netCents() {
		return paidCents - retainedCents;
	}

}
