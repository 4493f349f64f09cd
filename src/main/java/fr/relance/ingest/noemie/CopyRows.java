package fr.relance.ingest.noemie;

import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into one {@code COPY ... FROM STDIN} (text format) through a fixed buffer: the fastest way to put
 * many rows into PostgreSQL, and memory does not grow with the file. The connection must be the transaction's
 * own; no other statement may run on it until {@link #finish()}.
 */
final class CopyRows implements AutoCloseable {

	private static final int FLUSH_AT = 1 << 18;

	private final CopyIn copy;

	private final byte[] buffer = new byte[FLUSH_AT + 1024];

	private int length;

	private boolean rowStarted;

	private long rows;

	CopyRows(Connection connection, String copySql) throws SQLException {
		this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
	}

	CopyRows text(String value) throws SQLException {
		separator();
		if (value == null) {
			put((byte) '\\');
			put((byte) 'N');
			return this;
		}
		for (int i = 0; i < value.length();) {
			int c = value.codePointAt(i);
			character(c);
			i += Character.charCount(c);
		}
		return this;
	}

	CopyRows number(long value) throws SQLException {
		separator();
		ascii(Long.toString(value));
		return this;
	}

	/** An amount in euros with two decimals, from signed cents; null as SQL NULL. */
	CopyRows cents(Long cents) throws SQLException {
		if (cents == null) {
			return text(null);
		}
		separator();
		long abs = Math.abs(cents);
		if (cents < 0) {
			put((byte) '-');
		}
		ascii(Long.toString(abs / 100));
		put((byte) '.');
		put((byte) ('0' + abs % 100 / 10));
		put((byte) ('0' + abs % 10));
		return this;
	}

	void endRow() throws SQLException {
		put((byte) '\n');
		rowStarted = false;
		rows++;
		if (length >= FLUSH_AT) {
			flush();
		}
	}

	/** Sends what is buffered and ends the COPY; returns the number of rows. */
	long finish() throws SQLException {
		flush();
		copy.endCopy();
		return rows;
	}

	/** Abandons the COPY if it is still open (the file failed): the connection is usable again. */
	@Override
	public void close() throws SQLException {
		if (copy.isActive()) {
			copy.cancelCopy();
		}
	}

	private void character(int c) throws SQLException {
		switch (c) {
			case '\\' -> ascii("\\\\");
			case '\t' -> ascii("\\t");
			case '\n' -> ascii("\\n");
			case '\r' -> ascii("\\r");
			default -> utf8(c);
		}
	}

	/** UTF-8, the client encoding of the PostgreSQL driver; a lone surrogate becomes '?'. */
	private void utf8(int c) throws SQLException {
		if (c < 0x80) {
			put((byte) c);
		}
		else if (c < 0x800) {
			put((byte) (0xC0 | c >> 6));
			put((byte) (0x80 | c & 0x3F));
		}
		else if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
			put((byte) '?');
		}
		else if (c < 0x10000) {
			put((byte) (0xE0 | c >> 12));
			put((byte) (0x80 | c >> 6 & 0x3F));
			put((byte) (0x80 | c & 0x3F));
		}
		else {
			put((byte) (0xF0 | c >> 18));
			put((byte) (0x80 | c >> 12 & 0x3F));
			put((byte) (0x80 | c >> 6 & 0x3F));
			put((byte) (0x80 | c & 0x3F));
		}
	}

	private void separator() throws SQLException {
		if (rowStarted) {
			put((byte) '\t');
		}
		rowStarted = true;
	}

	private void ascii(String s) throws SQLException {
		for (int i = 0; i < s.length(); i++) {
			put((byte) s.charAt(i));
		}
	}

	private void put(byte b) throws SQLException {
		if (length == buffer.length) {
			flush();
		}
		buffer[length++] = b;
	}

	private void flush() throws SQLException {
		if (length > 0) {
			copy.writeToCopy(buffer, 0, length);
			length = 0;
		}
	}

}
