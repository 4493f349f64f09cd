package fr.relance.ingest.ledger.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * What the establishment's data already says, read once before a ledger file, so that each line is sorted as it is
 * parsed: a line whose invoice and patient digests ({@link LineDigest}) are the recorded ones says nothing new and is
 * never staged (a nightly full snapshot is mostly such lines), a second valid line for the same invoice is a
 * duplicate, and the invoices a snapshot closes are the open ones no line of it mentions. Costs about 150 bytes per
 * invoice and patient, known or new (150 MB for a million of each).
 *
 * <p>A patient is refreshed from their latest line in the file, disputed if any of their lines is. So each patient's
 * latest line and disputes are followed here, and a line is staged whenever it describes its patient differently from
 * the recorded digest: the latest line of a patient whose details changed is then always staged. A patient whose
 * only change is the dispute keeps their details (see 02_stage_patients.sql).
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
	private static final int CLOSED = 4;

	private static final int VALID_LINE = 8;

	private static final int ANY_LINE = 16;

	// patients
	private static final int DISPUTED = 4;

	private static final int IN_FILE = 8;

	private static final int DISPUTED_IN_FILE = 16;

	private static final int FETCH = 10_000;

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

	/** Reads the establishment's invoices and patients with their recorded digests (inside the file's transaction). */
	static KnownLedger load(Connection connection, String finess) throws SQLException {
		KnownLedger known = new KnownLedger();
		try (PreparedStatement st = query(connection, "known_invoices.sql", finess); ResultSet rs = st.executeQuery()) {
			while (rs.next()) {
				int n = known.invoice(rs.getString(1));
				known.invoiceIds[n] = rs.getLong(2);
				known.invoiceDigests[n] = rs.getLong(3);
				int digest = rs.wasNull() ? 0 : HAS_DIGEST;
				known.invoiceState[n] = (byte) (KNOWN | digest | (rs.getBoolean(4) ? CLOSED : 0));
			}
		}
		try (PreparedStatement st = query(connection, "known_patients.sql", finess); ResultSet rs = st.executeQuery()) {
			while (rs.next()) {
				int n = known.patient(rs.getString(1));
				known.patientDigests[n] = rs.getLong(2);
				int digest = rs.wasNull() ? 0 : HAS_DIGEST;
				known.patientState[n] = (byte) (KNOWN | digest | (rs.getBoolean(3) ? DISPUTED : 0));
			}
		}
		return known;
	}

	private static PreparedStatement query(Connection connection, String sql, String finess) throws SQLException {
		PreparedStatement st = connection.prepareStatement(SqlFile.load(sql));
		st.setFetchSize(FETCH);
		st.setString(1, finess);
		return st;
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
		boolean sameInvoice = (invoice & (KNOWN | HAS_DIGEST | CLOSED)) == (KNOWN | HAS_DIGEST)
				&& invoiceDigests[i] == invoiceDigest;
		boolean samePatient = (patient & (KNOWN | HAS_DIGEST)) == (KNOWN | HAS_DIGEST)
				&& patientDigests[p] == patientDigest;
		if (sameInvoice && samePatient) {
			unchanged++;
			return Verdict.UNCHANGED;
		}
		return Verdict.STAGE;
	}

	/** A rejected line still names its invoice: a snapshot does not close an invoice whose line was only malformed. */
	void mentioned(String invoiceNumber) {
		int i = invoice(invoiceNumber);
		invoiceState[i] |= ANY_LINE;
	}

	/** Valid lines that said nothing new. */
	long unchanged() {
		return unchanged;
	}

	/**
	 * Copies into ledger_patient_latest the patients of this file to refresh: new, described differently by their
	 * latest line, or whose dispute changed.
	 */
	void writePatientsToRefresh(Connection connection) throws SQLException {
		try (BinaryCopy rows = BinaryCopy.into(connection, "ledger_patient_latest")) {
			for (int p = 0; p < patients.size(); p++) {
				int state = patientState[p];
				boolean disputed = (state & DISPUTED_IN_FILE) != 0;
				boolean same = (state & (KNOWN | HAS_DIGEST)) == (KNOWN | HAS_DIGEST)
						&& patientDigests[p] == latestDigests[p] && disputed == ((state & DISPUTED) != 0);
				if ((state & IN_FILE) != 0 && !same) {
					rows.row(4).text(patients.key(p)).integer(latestLines[p]).bool(disputed).bigint(latestDigests[p]);
				}
			}
			rows.finish();
		}
	}

	/**
	 * Copies into ledger_gone the open invoices no line of this file mentioned (what a full snapshot closes); returns
	 * [how many, open invoices before the file].
	 */
	long[] writeGone(Connection connection) throws SQLException {
		long gone = 0;
		long open = 0;
		try (BinaryCopy rows = BinaryCopy.into(connection, "ledger_gone")) {
			for (int i = 0; i < invoices.size(); i++) {
				int state = invoiceState[i];
				if ((state & (KNOWN | CLOSED)) == KNOWN) {
					open++;
					if ((state & ANY_LINE) == 0) {
						rows.row(1).bigint(invoiceIds[i]);
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
