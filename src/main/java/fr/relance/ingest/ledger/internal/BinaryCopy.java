package fr.relance.ingest.ledger.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/** A binary COPY into one table, sent in blocks of a few hundred kilobytes as rows are added. */
final class BinaryCopy implements AutoCloseable {

	private static final int FLUSH_BYTES = 256 * 1024;

	private final CopyIn copy;

	private final BinaryCopyRows rows = new BinaryCopyRows();

	private BinaryCopy(CopyIn copy) {
		this.copy = copy;
	}

	static BinaryCopy into(Connection connection, String table) throws SQLException {
		return new BinaryCopy(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
				"COPY " + table + " FROM STDIN (FORMAT binary)"));
	}

	/** Starts a row of {@code fields} fields, to be written in table order on what this returns. */
	BinaryCopyRows row(int fields) throws SQLException {
		if (rows.size() >= FLUSH_BYTES) {
			flush();
		}
		return rows.row(fields);
	}

	/** Ends the copy: its rows are then visible in the transaction. */
	void finish() throws SQLException {
		rows.end();
		flush();
		copy.endCopy();
	}

	private void flush() throws SQLException {
		copy.writeToCopy(rows.bytes(), 0, rows.size());
		rows.clear();
	}

	@Override
	public void close() throws SQLException {
		if (copy.isActive()) {
			copy.cancelCopy();
		}
	}

}
