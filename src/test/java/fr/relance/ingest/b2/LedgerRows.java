package fr.relance.ingest.b2;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jdbi.v3.core.Jdbi;

/** Invoices as a ledger import would leave them (the ledger importer is another stage's work). */
final class LedgerRows {

	private final Jdbi jdbi;

	private final String finess;

	private final long sourceFileId;

	private final long patientId;

	LedgerRows(Jdbi jdbi, String finess) {
		this.jdbi = jdbi;
		this.finess = finess;
		this.sourceFileId = jdbi.withHandle(h -> h.createQuery("""
				INSERT INTO source_file (finess, kind, original_name, sha256, size_bytes, run_date, received_at, status)
				VALUES (:finess, 'ledger', 'ledger.csv', :sha, 1, :day, now(), 'imported') RETURNING id""")
			.bind("finess", finess).bind("sha", sha()).bind("day", LocalDate.of(2031, 1, 5)).mapTo(Long.class).one());
		this.patientId = jdbi.withHandle(h -> h.createQuery("""
				INSERT INTO patient (finess, external_id, last_name, source_file_id, source_line, updated_on)
				VALUES (:finess, :ext, 'PATIENT FICTIF', :file, 1, :day) RETURNING id""").bind("finess", finess)
			.bind("ext", "P" + UUID.randomUUID()).bind("file", sourceFileId).bind("day", LocalDate.of(2031, 1, 5))
			.mapTo(Long.class).one());
	}

	/** An invoice with its AMO, AMC and patient parts (a null amount: no such part); returns its id. */
	long invoice(String number, int line, String amo, String amc, String patient) {
		return jdbi.withHandle(h -> {
			long id = h.createQuery("""
					INSERT INTO invoice (finess, invoice_number, patient_id, total, source_file_id, source_line, updated_on)
					VALUES (:finess, :number, :patient, 0, :file, :line, :day) RETURNING id""").bind("finess", finess)
				.bind("number", number).bind("patient", patientId).bind("file", sourceFileId).bind("line", line)
				.bind("day", LocalDate.of(2031, 1, 5)).mapTo(Long.class).one();
			String[][] parts = { { "AMO", amo }, { "AMC", amc }, { "PATIENT", patient } };
			for (String[] part : parts) {
				if (part[1] != null) {
					h.createUpdate("""
							INSERT INTO invoice_part (invoice_id, payer, amount_due, status_since, source_file_id, source_line)
							VALUES (:invoice, :payer, :due, :day, :file, :line)""").bind("invoice", id)
						.bind("payer", part[0]).bind("due", new BigDecimal(part[1])).bind("day", LocalDate.of(2031, 1, 5))
						.bind("file", sourceFileId).bind("line", line).execute();
				}
			}
			return id;
		});
	}

	private static String sha() {
		return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
	}

}
