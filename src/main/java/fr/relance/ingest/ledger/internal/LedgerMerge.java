package fr.relance.ingest.ledger.internal;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.jdbi.v3.core.Handle;

/**
 * Applies a staged ledger to the data model with set-based statements: patients, invoices
 * and payer parts are inserted or corrected (keeping the previous versions), a snapshot
 * closes what it no longer lists, and part statuses follow the balances. What is staged
 * is what may be new (lines a {@link KnownLedger} did not find unchanged, or a whole
 * FEC), along with the patients to refresh and the invoices a snapshot closes; known rows
 * are compared again and only those that differ are written. New rows go in with plain
 * inserts (no upsert on a first load).
 */
final class LedgerMerge {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LedgerMerge.class);

	/**
	 * Above this many new rows, the statements that follow are planned on fresh
	 * statistics.
	 */
	private static final int ANALYZE_AFTER = 10_000;

	/**
	 * Sorts and hashes of a million staged lines stay in memory (this transaction only).
	 */
	private static final String WORK_MEM = "256MB";

	/**
	 * The tables a nightly merge reads are in memory: an index lookup costs about a
	 * sequential read, and the planner then reaches the few changed rows by their index
	 * instead of reading whole tables (this transaction only).
	 */
	private static final String RANDOM_PAGE_COST = "1.1";

	private LedgerMerge() {
	}

	/** Returns the number of invoices a snapshot closed at the source. */
	static int apply(Handle handle, String finess, long fileId, String fileName, LocalDate runDate, boolean snapshot) {
		tune(handle);
		handle.execute("ANALYZE ledger_stage");
		handle.execute("ANALYZE ledger_patient_latest");
		LedgerMergeDao merge = handle.attach(LedgerMergeDao.class);
		timed("absorbedLines", () -> merge.absorbedLines(finess));
		timed("stagePatients", () -> merge.stagePatients(finess));
		handle.execute("ANALYZE ledger_patient");
		timed("patientsChanged", () -> merge.patientsChanged(finess, fileId, runDate));
		if (timed("patientsNew", () -> merge.patientsNew(finess, fileId, runDate)) > ANALYZE_AFTER) {
			handle.execute("ANALYZE patient");
		}
		timed("patientDigests", () -> merge.patientDigests(finess));
		// in this order: the changed lines are picked before the new invoices are added,
		// among the invoices known
		timed("changedLines", () -> merge.changedLines(finess));
		handle.execute("ANALYZE ledger_changed");
		timed("invoicesChanged", () -> merge.invoicesChanged(finess, fileId, runDate));
		timed("partsChanged", () -> merge.partsChanged(fileId, runDate));
		if (timed("invoicesNew", () -> merge.invoicesNew(finess, fileId, runDate)) > ANALYZE_AFTER) {
			// the new invoices came with their parts: without fresh statistics on both,
			// the status refresh of the
			// next file plans a scan of every part for a few thousand touched invoices
			handle.execute("ANALYZE invoice");
			handle.execute("ANALYZE invoice_part");
		}
		timed("invoiceDigests", merge::invoiceDigests);
		int closed = snapshot ? timed("snapshotClose", () -> merge.snapshotClose(fileName, runDate)) : 0;
		handle.execute("ANALYZE ledger_touched");
		timed("partStatus", () -> merge.partStatus(finess, runDate));
		return closed;
	}

	/**
	 * For a file staged whole: the patients to refresh, and the invoices a snapshot
	 * closes if it is one.
	 */
	static void findFromStage(Handle handle, String finess, boolean snapshot) {
		tune(handle);
		LedgerMergeDao merge = handle.attach(LedgerMergeDao.class);
		timed("patientsFromStage", merge::patientsFromStage);
		if (snapshot) {
			timed("goneFromStage", () -> merge.goneFromStage(finess));
		}
	}

	/** A FEC's staged entries as ledger lines; returns the patient invoices. */
	static int fecToLedger(Handle handle) {
		return handle.attach(LedgerMergeDao.class).fecToLedger();
	}

	private static void tune(Handle handle) {
		handle.execute("SELECT set_config('work_mem', ?, true), set_config('random_page_cost', ?, true)", WORK_MEM,
				RANDOM_PAGE_COST);
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

}
