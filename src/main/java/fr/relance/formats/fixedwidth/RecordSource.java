package fr.relance.formats.fixedwidth;

import java.io.IOException;
import java.io.Reader;

import fr.relance.formats.fixedwidth.FixedWidthException.Problem;

/**
 * Cuts a character stream into fixed-length physical records, with or without line ends
 * (CR, LF or CRLF, even mixed) between them. Reads through its own buffer, so memory
 * stays constant whatever the file size. Record numbers are 1-based; offsets count
 * characters from the start of the stream, which equal bytes for ISO-8859-1.
 */
public final class RecordSource {

	private final Reader in;

	private final char[] buffer = new char[1 << 16];

	private final char[] record;

	private int pos;

	private int limit;

	private boolean endOfInput;

	private long consumed;

	private long recordNumber;

	private long recordOffset;

	private boolean sawLineEnd;

	public RecordSource(Reader in, int recordLength) {
		this.in = in;
		this.record = new char[recordLength];
	}

	/**
	 * Moves to the next record.
	 * @return false at the end of the input
	 * @throws FixedWidthException if the record is shorter or (in a file with line ends)
	 * longer than fixed
	 */
	public boolean next() throws IOException {
		int c = skipLineEnds();
		if (c < 0) {
			return false;
		}
		recordNumber++;
		recordOffset = consumed;
		for (int i = 0; i < record.length; i++) {
			c = peek();
			if (c < 0 || c == '\r' || c == '\n') {
				throw new FixedWidthException(c < 0 ? Problem.TRUNCATED_RECORD : Problem.SHORT_RECORD,
						"record " + recordNumber, null, i + 1, "only " + i + " of " + record.length
								+ " characters before " + (c < 0 ? "the end of the file" : "a line end"));
			}
			record[i] = (char) c;
			pos++;
			consumed++;
		}
		c = peek();
		if (sawLineEnd && c >= 0 && c != '\r' && c != '\n') {
			throw new FixedWidthException(Problem.LONG_RECORD, "record " + recordNumber, null, record.length + 1,
					"line longer than " + record.length + " characters");
		}
		return true;
	}

	/** The current record's characters (reused buffer: copy what you keep). */
	public char[] chars() {
		return record;
	}

	/**
	 * 1-based number of the current record (of the record being read when an exception
	 * was thrown).
	 */
	public long recordNumber() {
		return recordNumber;
	}

	/** Offset of the first character of the current record. */
	public long recordOffset() {
		return recordOffset;
	}

	/** True once at least one line end was seen between records. */
	public boolean usesLineEnds() {
		return sawLineEnd;
	}

	private int skipLineEnds() throws IOException {
		int c = peek();
		while (c == '\r' || c == '\n') {
			sawLineEnd = true;
			pos++;
			consumed++;
			c = peek();
		}
		return c;
	}

	private int peek() throws IOException {
		if (pos == limit) {
			if (endOfInput) {
				return -1;
			}
			int n = in.read(buffer, 0, buffer.length);
			if (n <= 0) {
				endOfInput = n < 0;
				return endOfInput ? -1 : peek();
			}
			pos = 0;
			limit = n;
		}
		return buffer[pos];
	}

}
