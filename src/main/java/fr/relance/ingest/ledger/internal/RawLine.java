package fr.relance.ingest.ledger.internal;

import org.apache.commons.csv.CSVRecord;

import fr.relance.ingest.ledger.LedgerField;

/**
 * The text of one ledger line, by field, before any typing: the CSV record and where each mapped field is in it
 * (-1 when the profile does not map it). Looked up on demand, on the parsing threads, rather than copied into a map by
 * the single thread that reads the file.
 */
record RawLine(long line, CSVRecord record, int[] positions) {

	/** The text of a field without surrounding blanks, null when absent or blank. */
	String get(LedgerField field) {
		int index = positions[field.ordinal()];
		if (index < 0 || index >= record.size()) {
			return null;
		}
		String value = record.get(index);
		if (value == null) {
			return null;
		}
		String trimmed = value.trim().strip(); // control characters and Unicode blanks around it
		return trimmed.isEmpty() ? null : trimmed;
	}

}
