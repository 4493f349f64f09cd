package fr.relance.ingest.ledger.internal;

import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatements;

/**
 * Applies a staged ledger to the data model with set-based statements: patients, invoices and payer parts are
 * inserted or corrected (keeping the previous versions), a snapshot closes what it no longer lists, and part
 * statuses follow the balances.
 */
final class LedgerMerge {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LedgerMerge.class);

	private static final List<String> UPSERTS = List.of("02_patient_history.sql", "03_patients.sql",
			"04_invoice_history.sql", "05_invoices.sql", "06_ledger_payments.sql", "06_part_history.sql", "07_parts.sql",
			"08_parts_zeroed.sql");

	private LedgerMerge() {
	}

	/** Removes second lines of the same invoice (reported as rejects); returns how many. */
	static int dropDuplicates(Handle handle, long fileId) {
		return handle.createUpdate(SqlFile.load("01_duplicates.sql")).bind("file", fileId).execute();
	}

	/** Returns the number of invoices a snapshot closed at the source. */
	static int apply(Handle handle, String finess, long fileId, String fileName, LocalDate runDate, boolean snapshot) {
		handle.execute("ANALYZE ledger_stage");
		for (String statement : UPSERTS) {
			int rows = run(handle, statement, finess, fileId, fileName, runDate);
			if (rows > 10_000 && (statement.equals("03_patients.sql") || statement.equals("05_invoices.sql"))) {
				// the next statements join what was just inserted: plan them on its real size
				handle.execute(statement.equals("03_patients.sql") ? "ANALYZE patient" : "ANALYZE invoice");
			}
		}
		int closed = snapshot ? run(handle, "09_snapshot_close.sql", finess, fileId, fileName, runDate) : 0;
		run(handle, "10_part_status.sql", finess, fileId, fileName, runDate);
		return closed;
	}

	/** [invoices a snapshot would close, open invoices before it]. */
	static long[] snapshotReach(Handle handle, String finess) {
		return handle.createQuery(SqlFile.load("snapshot_would_close.sql"))
			.bind("finess", finess)
			.map((rs, ctx) -> new long[] { rs.getLong("closing"), rs.getLong("open") })
			.one();
	}

	private static int run(Handle handle, String statement, String finess, long fileId, String fileName,
			LocalDate runDate) {
		long start = System.nanoTime();
		try {
			return runTimed(handle, statement, finess, fileId, fileName, runDate);
		}
		finally {
			log.debug("{} took {} ms", statement, (System.nanoTime() - start) / 1_000_000);
		}
	}

	private static int runTimed(Handle handle, String statement, String finess, long fileId, String fileName,
			LocalDate runDate) {
		return handle.createUpdate(SqlFile.load(statement))
			.configure(SqlStatements.class, c -> c.setUnusedBindingAllowed(true))
			.bind("finess", finess)
			.bind("file", fileId)
			.bind("fileName", fileName)
			.bind("runDate", runDate)
			.execute();
	}

}
