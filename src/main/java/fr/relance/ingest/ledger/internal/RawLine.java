package fr.relance.ingest.ledger.internal;

import java.util.Map;

import fr.relance.ingest.ledger.LedgerField;

/** The text of one ledger line, by field, before any typing. */
record RawLine(long line, Map<LedgerField, String> values) {

	String get(LedgerField field) {
		String value = values.get(field);
		return value == null || value.isBlank() ? null : value.strip();
	}

}
