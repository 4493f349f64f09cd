package fr.relance.ingest;

/**
 * What an import applied.
 *
 * @param rowsRead data rows read (header excluded)
 * @param rowsImported rows applied
 * @param rowsRejected rows set aside, each reported through the {@link ImportContext}
 * @param note one line for ops (e.g. "snapshot: 12 invoices closed at source")
 */
public record ImportOutcome(long rowsRead, long rowsImported, long rowsRejected, String note) {

	public boolean partial() {
		return rowsRejected > 0;
	}

}
