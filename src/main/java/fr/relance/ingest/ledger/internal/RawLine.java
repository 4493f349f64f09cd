package fr.relance.ingest.ledger.internal;

import fr.relance.ingest.ControlCharacters;
import fr.relance.ingest.ledger.LedgerField;

/**
 * The text of one ledger line, by field, before any typing: the record's fields and where
 * each mapped field is among them (-1 when the profile does not map it). Looked up on
 * demand, on the parsing threads, rather than copied into a map by the single thread that
 * reads the file.
 */
record RawLine(long line, String[] fields, int[] positions) {

	/** The text of a field without surrounding blanks, null when absent or blank. */
	String get(LedgerField field) {
		int index = positions[field.ordinal()];
		if (index < 0 || index >= fields.length) {
			return null;
		}
		String value = fields[index];
		if (value == null) {
			return null;
		}
		String trimmed = value.trim().strip(); // control characters and Unicode blanks
												// around it
		return trimmed.isEmpty() ? null : trimmed;
	}

	/**
	 * The first mapped field whose value holds a control character (NUL, a line break
	 * inside quotes, a tab, ESC...) once its surrounding blanks are removed, or null.
	 * PostgreSQL cannot store a NUL, and the others would break a letter's layout or a
	 * spreadsheet's rows: such a line is refused rather than altered.
	 */
	LedgerField controlCharacterField() {
		for (LedgerField field : LedgerField.values()) {
			String value = get(field);
			if (value != null && ControlCharacters.has(value)) {
				return field;
			}
		}
		return null;
	}

}
