package fr.relance.ingest;

/**
 * What an import applied.
 *
 * @param rowsRead data rows read (header excluded)
 * @param rowsImported rows applied
 * @param rowsRejected rows set aside, each reported through the {@link ImportContext}
 * @param note one line for ops (e.g. "snapshot: 12 invoices closed at source")
 * @param warnings remarks the reader made on a file it imported, each reported like a
 * rejected line
 */
public record ImportOutcome(long rowsRead, long rowsImported, long rowsRejected, String note, long warnings) {

	public ImportOutcome(long rowsRead, long rowsImported, long rowsRejected, String note) {
		this(rowsRead, rowsImported, rowsRejected, note, 0);
	}

	public ImportOutcome withWarnings(long count) {
		return new ImportOutcome(rowsRead, rowsImported, rowsRejected, note, count);
	}

	public boolean partial() {
		return rowsRejected > 0;
	}

}
