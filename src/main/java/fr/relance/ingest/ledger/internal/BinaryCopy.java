package fr.relance.ingest.ledger.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * A binary COPY into one table, sent in blocks of a few hundred kilobytes as rows are added. The COPY starts with the
 * first row and can be paused: while it runs, its connection takes no other statement (the rejects of the file are
 * written on that connection, see ImportContext.beforeWritingRejects), so a pause ends it and the next row starts
 * another.
 */
final class BinaryCopy implements AutoCloseable {

	private static final int FLUSH_BYTES = 256 * 1024;

	private final Connection connection;

	private final String table;

	private final BinaryCopyRows rows = new BinaryCopyRows();

	/** The COPY in progress, null before the first row and while paused. */
	private CopyIn copy;

	private BinaryCopy(Connection connection, String table) {
		this.connection = connection;
		this.table = table;
	}

	static BinaryCopy into(Connection connection, String table) {
		return new BinaryCopy(connection, table);
	}

	/** Starts a row of {@code fields} fields, to be written in table order on what this returns. */
	BinaryCopyRows row(int fields) throws SQLException {
		if (copy == null) {
			copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
					"COPY " + table + " FROM STDIN (FORMAT binary)");
			rows.clear();
			rows.header();
		}
		else if (rows.size() >= FLUSH_BYTES) {
			flush();
		}
		return rows.row(fields);
	}

	/** Ends the COPY in progress, if any: its rows are then visible in the transaction. */
	void finish() throws SQLException {
		if (copy != null) {
			rows.end();
			flush();
			copy.endCopy();
			copy = null;
		}
	}

	/** {@link #finish()} for the callers that cannot throw a checked exception. */
	void pause() {
		try {
			finish();
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot end the copy into " + table + ": " + e.getMessage(), e);
		}
	}

	private void flush() throws SQLException {
		copy.writeToCopy(rows.bytes(), 0, rows.size());
		rows.clear();
	}

	@Override
	public void close() throws SQLException {
		if (copy != null && copy.isActive()) {
			copy.cancelCopy();
		}
	}

}
