package fr.relance.ingest.b2;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

import fr.relance.intake.SourceFile;
import fr.relance.support.money.Amounts;
import fr.relance.formats.b2.B2Invoice;
import fr.relance.formats.b2.ExpectedSplit;

/**
 * The invoices of one B2 file, batched into a temporary table of the file's transaction,
 * then upserted into {@code b2_expectation} in one statement: a B2 re-sent for the same
 * invoice key replaces the expectation and sends it back to matching. Within one file,
 * the last record of an invoice key wins.
 */
final class B2Staging implements AutoCloseable {

	private static final int BATCH = 1000;

	private final Jdbi jdbi;

	private final SourceFile file;

	private Handle handle;

	private PreparedBatch batch;

	B2Staging(Jdbi jdbi, SourceFile file) {
		this.jdbi = jdbi;
		this.file = file;
	}

	/**
	 * {@code lotDate}: the date of the invoice's lot, the day its parts were billed to
	 * their payers (null if unread).
	 */
	void add(B2Invoice invoice, java.time.LocalDate lotDate) {
		if (batch == null) {
			open();
		}
		ExpectedSplit split = invoice.split();
		batch.bind("line", invoice.recordNumber())
			.bind("lot", invoice.key().lotNumber())
			.bind("lotDate", invoice.key().lotDateRaw())
			.bind("lotDay", lotDate)
			.bind("number", invoice.key().invoiceNumber())
			.bind("amo", Amounts.ofCents(split.amoCents()))
			.bind("amc", Amounts.ofCents(split.amcCents()))
			.bind("patient", Amounts.ofCents(split.patientAfterAmcCents()))
			.bind("before", Amounts.ofCents(split.patientBeforeAmcCents()))
			.bind("total", Amounts.ofCents(split.totalCents()))
			.bind("amcNumber", blankToNull(invoice.amcNumber()))
			.bind("recipient", blankToNull(invoice.paymentRecipient()))
			.add();
		if (batch.size() >= BATCH) {
			batch.execute();
		}
	}

	/** Upserts the staged invoices as expectations waiting for their ledger invoice. */
	void publish() {
		if (batch == null) {
			return;
		}
		if (batch.size() > 0) {
			batch.execute();
		}
		handle
			.createUpdate(
					"""
							INSERT INTO b2_expectation (finess, b2_invoice_number, lot_number, lot_date_raw, expected_amo, expected_amc,
							    expected_patient, patient_before_amc, expected_total, amc_number, payment_recipient, status,
							    source_file_id, source_line, lot_date)
							SELECT DISTINCT ON (lot_number, lot_date_raw, invoice_number) :finess, invoice_number, lot_number,
							    lot_date_raw, amo, amc, patient, patient_before, total, amc_number, payment_recipient,
							    'waiting_for_ledger', :file, source_line, lot_date
							FROM b2_stage ORDER BY lot_number, lot_date_raw, invoice_number, source_line DESC
							ON CONFLICT (finess, lot_number, lot_date_raw, b2_invoice_number) DO UPDATE SET
							    expected_amo = EXCLUDED.expected_amo, expected_amc = EXCLUDED.expected_amc,
							    expected_patient = EXCLUDED.expected_patient, patient_before_amc = EXCLUDED.patient_before_amc,
							    expected_total = EXCLUDED.expected_total, amc_number = EXCLUDED.amc_number,
							    payment_recipient = EXCLUDED.payment_recipient, status = 'waiting_for_ledger', invoice_id = NULL,
							    source_file_id = EXCLUDED.source_file_id, source_line = EXCLUDED.source_line,
							    lot_date = EXCLUDED.lot_date
							""")
			.bind("finess", file.finess())
			.bind("file", file.id())
			.execute();
	}

	@Override
	public void close() {
		if (handle != null) {
			handle.close();
		}
	}

	private void open() {
		handle = jdbi.open();
		handle.execute("DROP TABLE IF EXISTS pg_temp.b2_stage");
		handle.execute(
				"""
						CREATE TEMP TABLE b2_stage (source_line INTEGER, lot_number TEXT, lot_date_raw TEXT, invoice_number TEXT,
						    amo NUMERIC(12, 2), amc NUMERIC(12, 2), patient NUMERIC(12, 2), patient_before NUMERIC(12, 2),
						    total NUMERIC(12, 2), amc_number TEXT, payment_recipient TEXT, lot_date DATE) ON COMMIT DROP""");
		batch = handle.prepareBatch("""
				INSERT INTO b2_stage VALUES (:line, :lot, :lotDate, :number, :amo, :amc, :patient, :before, :total,
				    :amcNumber, :recipient, :lotDay)""");
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
