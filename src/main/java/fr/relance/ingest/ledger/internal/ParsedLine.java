package fr.relance.ingest.ledger.internal;

import java.util.ArrayList;
import java.util.List;

import fr.relance.ingest.ledger.LedgerField;
import fr.relance.intake.ReportedError;

/**
 * A ledger line as the parsing threads leave it: the typed row and its digests, or null
 * with the reasons; the errors also list the field-level drops of a valid row. The
 * invoice number is kept for a rejected line (a snapshot does not close its invoice). A
 * line naming another establishment carries only that establishment and its line number.
 */
record ParsedLine(LedgerRow row, long digest, long patientDigest, String invoiceNumber, List<ReportedError> errors,
		String foreignFiness, long line) {

	static List<ParsedLine> parse(RowParser parser, List<RawLine> batch) {
		List<ParsedLine> parsed = new ArrayList<>(batch.size());
		for (RawLine raw : batch) {
			String foreign = parser.foreignFiness(raw);
			if (foreign != null) {
				parsed.add(new ParsedLine(null, 0, 0, null, List.of(), foreign, raw.line()));
				continue;
			}
			List<ReportedError> errors = new ArrayList<>(0);
			LedgerRow row = parser.parse(raw, errors);
			parsed.add(row == null
					? new ParsedLine(null, 0, 0, raw.get(LedgerField.INVOICE_NUMBER), errors, null, raw.line())
					: new ParsedLine(row, LineDigest.invoice(row), LineDigest.patient(row), row.invoiceNumber(), errors,
							null, raw.line()));
		}
		return parsed;
	}

}
