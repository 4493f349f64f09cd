package fr.relance.ingest.ledger.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatements;

/**
 * Applies a staged ledger to the data model with set-based statements: patients, invoices and payer parts are
 * inserted or corrected (keeping the previous versions), a snapshot closes what it no longer lists, and part
 * statuses follow the balances. What is staged is what may be new (lines a {@link KnownLedger} did not find
 * unchanged, or a whole FEC), along with the patients to refresh and the invoices a snapshot closes; known rows are
 * compared again and only those that differ are written. New rows go in with plain inserts (no upsert on a first
 * load).
 */
final class LedgerMerge {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LedgerMerge.class);

	/** In this order: the changed lines are picked before the new invoices are added, among the invoices known before. */
	private static final List<String> MERGES = List.of("02_stage_patients.sql", "03_patients_changed.sql",
			"04_patients_new.sql", "05_patient_digests.sql", "06_changed_lines.sql", "07_invoices_changed.sql",
			"08_parts_changed.sql", "09_invoices_new.sql", "10_invoice_digests.sql");

	/** Above this many new rows, the statements that follow are planned on fresh statistics. */
	private static final int ANALYZE_AFTER = 10_000;

	/** Sorts and hashes of a million staged lines stay in memory (this transaction only). */
	private static final String WORK_MEM = "256MB";

	/**
	 * The tables a nightly merge reads are in memory: an index lookup costs about a sequential read, and the planner
	 * then reaches the few changed rows by their index instead of reading whole tables (this transaction only).
	 */
	private static final String RANDOM_PAGE_COST = "1.1";

	private LedgerMerge() {
	}

	/** Returns the number of invoices a snapshot closed at the source. */
	static int apply(Handle handle, String finess, long fileId, String fileName, LocalDate runDate, boolean snapshot) {
		tune(handle);
		handle.execute("ANALYZE ledger_stage");
		handle.execute("ANALYZE ledger_patient_latest");
		for (String statement : MERGES) {
			int rows = run(handle, statement, finess, fileId, fileName, runDate);
			if (statement.equals("02_stage_patients.sql")) {
				handle.execute("ANALYZE ledger_patient");
			}
			else if (statement.equals("06_changed_lines.sql")) {
				handle.execute("ANALYZE ledger_changed");
			}
			else if (rows > ANALYZE_AFTER && statement.equals("04_patients_new.sql")) {
				handle.execute("ANALYZE patient");
			}
			else if (rows > ANALYZE_AFTER && statement.equals("09_invoices_new.sql")) {
				// the new invoices came with their parts: without fresh statistics on both, the status refresh of
				// the next file plans a scan of every part for a few thousand touched invoices
				handle.execute("ANALYZE invoice");
				handle.execute("ANALYZE invoice_part");
			}
		}
		int closed = snapshot ? run(handle, "11_snapshot_close.sql", finess, fileId, fileName, runDate) : 0;
		handle.execute("ANALYZE ledger_touched");
		run(handle, "12_part_status.sql", finess, fileId, fileName, runDate);
		return closed;
	}

	/** For a file staged whole: the patients to refresh, and the invoices a snapshot closes if it is one. */
	static void findFromStage(Handle handle, String finess, boolean snapshot) {
		tune(handle);
		timed("patients_from_stage.sql", () -> handle.execute(SqlFile.load("patients_from_stage.sql")));
		if (snapshot) {
			timed("gone_from_stage.sql", () -> handle.createUpdate(SqlFile.load("gone_from_stage.sql"))
				.bind("finess", finess)
				.execute());
		}
	}

	private static void tune(Handle handle) {
		handle.execute("SELECT set_config('work_mem', ?, true), set_config('random_page_cost', ?, true)", WORK_MEM,
				RANDOM_PAGE_COST);
	}

	private static int run(Handle handle, String statement, String finess, long fileId, String fileName,
			LocalDate runDate) {
		return timed(statement, () -> runTimed(handle, statement, finess, fileId, fileName, runDate));
	}

	/** Runs one statement, its duration logged at debug level for benchmarks. */
	private static <T> T timed(String statement, Supplier<T> work) {
		long start = System.nanoTime();
		try {
			return work.get();
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
