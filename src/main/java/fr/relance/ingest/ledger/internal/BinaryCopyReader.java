package fr.relance.ingest.ledger.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;

/**
 * Reads the rows of a {@code COPY (query) TO STDOUT (FORMAT binary)}, field by field, for
 * the few types the ledger import reads back (text, bigint, boolean): a million rows
 * arrive in one stream, without the per-row objects of a result set (about twice as
 * fast). The reverse of {@link fr.relance.support.db.BinaryCopyWriter}.
 */
final class BinaryCopyReader implements AutoCloseable {

	private static final int HEADER_BYTES = 11 + 4 + 4; // signature, flags, extension
														// length

	private final PGCopyInputStream copy;

	/** Bytes read from the copy, {@code position} to {@code limit} not decoded yet. */
	private final byte[] buffer = new byte[1 << 16];

	private int position;

	private int limit;

	private BinaryCopyReader(PGCopyInputStream copy) {
		this.copy = copy;
	}

	/**
	 * Starts {@code COPY (query) TO STDOUT (FORMAT binary)} for one establishment. A COPY
	 * takes no parameter: the query reads the FINESS from the transaction's setting
	 * {@code relance.ledger_finess}.
	 */
	static BinaryCopyReader of(Connection connection, String finess, String query) throws SQLException {
		try (PreparedStatement st = connection
			.prepareStatement("SELECT set_config('relance.ledger_finess', ?, true)")) {
			st.setString(1, finess);
			st.execute();
		}
		BinaryCopyReader reader = new BinaryCopyReader(new PGCopyInputStream(connection.unwrap(PGConnection.class),
				"COPY (" + query + ") TO STDOUT (FORMAT binary)"));
		reader.skip(HEADER_BYTES);
		return reader;
	}

	/** Moves to the next row; false at the end. */
	boolean next() {
		if (!available(2)) {
			return false;
		}
		return int16() >= 0;
	}

	/** A text field, null for SQL NULL. */
	String text() {
		int length = int32();
		if (length < 0) {
			return null;
		}
		require(length);
		String text = new String(buffer, position, length, StandardCharsets.UTF_8);
		position += length;
		return text;
	}

	/** A bigint field (never null here). */
	long bigint() {
		int32();
		long high = int32() & 0xFFFFFFFFL;
		return high << 32 | (int32() & 0xFFFFFFFFL);
	}

	/** A boolean field (never null here). */
	boolean bool() {
		int32();
		require(1);
		return buffer[position++] != 0;
	}

	private int int16() {
		require(2);
		int value = (buffer[position] & 0xFF) << 8 | buffer[position + 1] & 0xFF;
		position += 2;
		return (short) value;
	}

	private int int32() {
		require(4);
		int value = (buffer[position] & 0xFF) << 24 | (buffer[position + 1] & 0xFF) << 16
				| (buffer[position + 2] & 0xFF) << 8 | buffer[position + 3] & 0xFF;
		position += 4;
		return value;
	}

	private void skip(int bytes) {
		require(bytes);
		position += bytes;
	}

	private void require(int bytes) {
		if (!available(bytes)) {
			throw new UncheckedIOException(new IOException("the copy ended in the middle of a row"));
		}
	}

	/**
	 * Whether {@code bytes} more bytes can be decoded, reading more of the copy when
	 * needed.
	 */
	private boolean available(int bytes) {
		if (limit - position >= bytes) {
			return true;
		}
		if (bytes > buffer.length) {
			throw new IllegalStateException("a field of " + bytes + " bytes is too long for the known ledger");
		}
		System.arraycopy(buffer, position, buffer, 0, limit - position);
		limit -= position;
		position = 0;
		try {
			while (limit < bytes) {
				int read = copy.read(buffer, limit, buffer.length - limit);
				if (read < 0) {
					return false;
				}
				limit += read;
			}
			return true;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() throws SQLException {
		try {
			copy.close();
		}
		catch (IOException e) {
			throw new SQLException("cannot end the copy", e);
		}
	}

}
