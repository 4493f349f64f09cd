package fr.relance.ingest.ledger.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import javax.sql.DataSource;
import fr.relance.support.db.BinaryCopyWriter;
import fr.relance.support.db.SqlResources;

/**
 * What the establishment's data already says, read once before a ledger file, so that
 * each line is sorted as it is parsed: a line whose invoice and patient digests
 * ({@link LineDigest}) are the recorded ones says nothing new and is never staged (a
 * nightly full snapshot is mostly such lines), a second valid line for the same invoice
 * is a duplicate, and the invoices a snapshot closes are the open ones no line of it
 * mentions. Only the open invoices and the patients who have one are read (a line of any
 * other is staged as if new, and the merge finds and reopens them), so the invoices and
 * patients of past years cost nothing. Costs about 150 bytes per open invoice and
 * patient, known or new (150 MB for a million of each).
 *
 * <p>
 * A patient is refreshed from their latest line in the file, disputed if any of their
 * lines is. So each patient's latest line and disputes are followed here, and a line is
 * staged whenever it describes its patient differently from the recorded digest: the
 * latest line of a patient whose details changed is then always staged. A patient whose
 * only change is the dispute keeps their details (see LedgerMergeDao.stagePatients).
 */
final class KnownLedger {

	/** What to do with a valid line. */
	enum Verdict {

		/** New or possibly changed: staged for the merge. */
		STAGE,
		/** Says nothing new about its invoice or its patient. */
		UNCHANGED,
		/** Its invoice already had a valid line in this file, which is kept. */
		DUPLICATE

	}

	// invoice and patient state bits
	private static final int KNOWN = 1;

	private static final int HAS_DIGEST = 2;

	// invoices
	private static final int VALID_LINE = 4;

	private static final int ANY_LINE = 8;

	// patients
	private static final int DISPUTED = 4;

	private static final int IN_FILE = 8;

	private static final int DISPUTED_IN_FILE = 16;

	private final StringIndex invoices = new StringIndex();

	private long[] invoiceIds = new long[0];

	private long[] invoiceDigests = new long[0];

	private byte[] invoiceState = new byte[0];

	private final StringIndex patients = new StringIndex();

	private long[] patientDigests = new long[0];

	private long[] latestDigests = new long[0];

	private int[] latestLines = new int[0];

	private byte[] patientState = new byte[0];

	private long unchanged;

	private KnownLedger() {
	}

	/**
	 * Reads the establishment's invoices (on the file's connection) and, at the same
	 * time, its patients (on another connection of the pool: both reads then use both
	 * cores). Nothing else writes this establishment's ledger data while its files are
	 * imported one at a time, so both connections see the same committed state.
	 */
	static KnownLedger load(Connection connection, DataSource dataSource, String finess) throws SQLException {
		KnownLedger known = new KnownLedger();
		CompletableFuture<Void> patients = CompletableFuture.runAsync(() -> known.loadPatients(dataSource, finess),
				task -> {
					Thread thread = new Thread(task, "ledger-known-patients");
					thread.setDaemon(true);
					thread.start();
				});
		try {
			known.loadInvoices(connection, finess);
		}
		finally {
			try {
				patients.join();
			}
			catch (CompletionException e) {
				if (e.getCause() instanceof UncheckedSqlException failure) {
					throw failure.getCause();
				}
				throw e;
			}
		}
		return known;
	}

	private void loadInvoices(Connection connection, String finess) throws SQLException {
		try (BinaryCopyReader rows = BinaryCopyReader.of(connection, finess,
				SqlResources.load(KnownLedger.class, "known_invoices.sql"))) {
			while (rows.next()) {
				int n = invoice(rows.text());
				invoiceIds[n] = rows.bigint();
				invoiceDigests[n] = rows.bigint();
				int digest = rows.bool() ? HAS_DIGEST : 0;
				invoiceState[n] = (byte) (KNOWN | digest);
			}
		}
	}

	private void loadPatients(DataSource dataSource, String finess) {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (BinaryCopyReader rows = BinaryCopyReader.of(connection, finess,
					SqlResources.load(KnownLedger.class, "known_patients.sql"))) {
				while (rows.next()) {
					int n = patient(rows.text());
					patientDigests[n] = rows.bigint();
					int digest = rows.bool() ? HAS_DIGEST : 0;
					patientState[n] = (byte) (KNOWN | digest | (rows.bool() ? DISPUTED : 0));
				}
			}
			finally {
				connection.rollback(); // read only
				connection.setAutoCommit(true);
			}
		}
		catch (SQLException e) {
			throw new UncheckedSqlException(e);
		}
	}

	private static final class UncheckedSqlException extends RuntimeException {

		UncheckedSqlException(SQLException cause) {
			super(cause);
		}

		@Override
		public synchronized SQLException getCause() {
			return (SQLException) super.getCause();
		}

	}

	/** Sorts a valid line, given its digests, and follows its invoice and patient. */
	Verdict admit(LedgerRow row, long invoiceDigest, long patientDigest) {
		int i = invoice(row.invoiceNumber());
		int invoice = invoiceState[i];
		if ((invoice & VALID_LINE) != 0) {
			return Verdict.DUPLICATE;
		}
		invoiceState[i] = (byte) (invoice | VALID_LINE | ANY_LINE);
		int p = patient(row.patientId());
		int patient = patientState[p];
		patientState[p] = (byte) (patient | IN_FILE | (row.dispute() ? DISPUTED_IN_FILE : 0));
		latestLines[p] = Math.toIntExact(row.line());
		latestDigests[p] = patientDigest;
		boolean sameInvoice = (invoice & (KNOWN | HAS_DIGEST)) == (KNOWN | HAS_DIGEST)
				&& invoiceDigests[i] == invoiceDigest;
		boolean samePatient = (patient & (KNOWN | HAS_DIGEST)) == (KNOWN | HAS_DIGEST)
				&& patientDigests[p] == patientDigest;
		if (sameInvoice && samePatient) {
			unchanged++;
			return Verdict.UNCHANGED;
		}
		return Verdict.STAGE;
	}

	/**
	 * A rejected line still names its invoice: a snapshot does not close an invoice whose
	 * line was only malformed.
	 */
	void mentioned(String invoiceNumber) {
		int i = invoice(invoiceNumber);
		invoiceState[i] |= ANY_LINE;
	}

	/** Valid lines that said nothing new. */
	long unchanged() {
		return unchanged;
	}

	/**
	 * Copies into ledger_patient_latest the patients of this file to refresh: new,
	 * described differently by their latest line, or whose dispute changed.
	 */
	void writePatientsToRefresh(Connection connection) throws SQLException {
		try (BinaryCopyWriter rows = BinaryCopyWriter.into(connection, "ledger_patient_latest",
				List.of("patient_id", "line", "any_dispute", "digest"))) {
			for (int p = 0; p < patients.size(); p++) {
				int state = patientState[p];
				boolean disputed = (state & DISPUTED_IN_FILE) != 0;
				boolean same = (state & (KNOWN | HAS_DIGEST)) == (KNOWN | HAS_DIGEST)
						&& patientDigests[p] == latestDigests[p] && disputed == ((state & DISPUTED) != 0);
				if ((state & IN_FILE) != 0 && !same) {
					rows.row().text(patients.key(p)).integer(latestLines[p]).bool(disputed).bigint(latestDigests[p]);
				}
			}
			rows.finish();
		}
	}

	/**
	 * Copies into ledger_gone the open invoices no line of this file mentioned (what a
	 * full snapshot closes); returns [how many, open invoices before the file].
	 */
	long[] writeGone(Connection connection) throws SQLException {
		long gone = 0;
		long open = 0;
		try (BinaryCopyWriter rows = BinaryCopyWriter.into(connection, "ledger_gone", List.of("invoice_id"))) {
			for (int i = 0; i < invoices.size(); i++) {
				int state = invoiceState[i];
				if ((state & KNOWN) != 0) {
					open++;
					if ((state & ANY_LINE) == 0) {
						rows.row().bigint(invoiceIds[i]);
						gone++;
					}
				}
			}
			rows.finish();
		}
		return new long[] { gone, open };
	}

	private int invoice(String number) {
		int n = invoices.add(number);
		if (n >= invoiceState.length) {
			int capacity = Math.max(1024, n * 2);
			invoiceIds = Arrays.copyOf(invoiceIds, capacity);
			invoiceDigests = Arrays.copyOf(invoiceDigests, capacity);
			invoiceState = Arrays.copyOf(invoiceState, capacity);
		}
		return n;
	}

	private int patient(String externalId) {
		int n = patients.add(externalId);
		if (n >= patientState.length) {
			int capacity = Math.max(1024, n * 2);
			patientDigests = Arrays.copyOf(patientDigests, capacity);
			latestDigests = Arrays.copyOf(latestDigests, capacity);
			latestLines = Arrays.copyOf(latestLines, capacity);
			patientState = Arrays.copyOf(patientState, capacity);
		}
		return n;
	}

}
