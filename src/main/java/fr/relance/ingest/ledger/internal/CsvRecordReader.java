package fr.relance.ingest.ledger.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import fr.relance.ingest.RecordLimits;

/**
 * Records of a ledger export, read as Apache Commons CSV reads them with the ledger's
 * format ({@code CSVFormat.DEFAULT} with the profile's one-character delimiter, empty
 * lines ignored, no trim): fields between {@code "} may hold delimiters, line breaks and
 * doubled quotes; a quote inside an unquoted field is a character; only blanks may follow
 * a closing quote. Commons CSV reads a million-line ledger in 1.6 s of one core, the most
 * of a nightly import, on the thread every line waits for; this reader scans unquoted
 * fields in its buffer and takes a fraction of that. CsvRecordReaderTests compares the
 * two on thousands of generated inputs, line counts and failures included. Records and
 * fields longer than the {@link RecordLimits} refuse the file (checked per field, and
 * when the buffer would grow), so a line without its line end never fills the heap.
 */
final class CsvRecordReader {

	private static final int EOF = -1;

	private static final int NOTHING_YET = -2;

	private static final int DELIMITER = 0;

	private static final int END_OF_LINE = 1;

	private static final int END_OF_FILE = 2;

	private final Reader reader;

	private final char delimiter;

	private char[] buffer;

	private int position;

	private int limit;

	/**
	 * Start in the buffer of the unquoted field being scanned (kept when the buffer is
	 * refilled), or -1.
	 */
	private int mark = -1;

	/**
	 * Lines read so far as Commons CSV counts them: each line break (CR, LF or CRLF), and
	 * a last line that has none once the end is reached.
	 */
	private long lines;

	private int previous = NOTHING_YET;

	/**
	 * The input ended without a line break after its last record (an upload cut short, or
	 * a careless export).
	 */
	private boolean lastLineOpen;

	private final List<String> values = new ArrayList<>();

	private final RecordLimits limits;

	private final String fileName;

	/** Header names, to name a field that is too long (null until given). */
	private String[] names;

	/**
	 * Characters dropped from the start of the buffer so far: {@code consumed + position}
	 * is a stream offset.
	 */
	private long consumed;

	/** Stream offset of the current record's first character. */
	private long recordStart;

	private final StringBuilder quoted = new StringBuilder();

	CsvRecordReader(Reader reader, String delimiter, RecordLimits limits, String fileName) {
		this(reader, delimiter, 1 << 16, limits, fileName);
	}

	/**
	 * With a buffer of {@code bufferSize} characters to begin with (it grows for a longer
	 * field, up to the limit).
	 */
	CsvRecordReader(Reader reader, String delimiter, int bufferSize) {
		this(reader, delimiter, bufferSize, RecordLimits.DEFAULT, "");
	}

	CsvRecordReader(Reader reader, String delimiter, int bufferSize, RecordLimits limits, String fileName) {
		if (delimiter.length() != 1 || delimiter.charAt(0) == '"' || delimiter.charAt(0) == '\r'
				|| delimiter.charAt(0) == '\n') {
			throw new IllegalArgumentException(
					"a ledger delimiter is one character other than a quote or a line break: '" + delimiter + "'");
		}
		this.reader = reader;
		this.delimiter = delimiter.charAt(0);
		this.buffer = new char[bufferSize];
		this.limits = limits;
		this.fileName = fileName;
	}

	/**
	 * Names the fields in messages by these header names rather than by their column
	 * numbers.
	 */
	void names(String[] header) {
		this.names = header;
	}

	/** The next record's fields, or null at the end. */
	String[] next() throws IOException {
		values.clear();
		int c = read();
		while (c == '\r' || c == '\n') { // empty lines
			endOfLine(c);
			c = read();
		}
		if (c == EOF) {
			return null;
		}
		recordStart = consumed + position - 1;
		long firstLine = lines + 1;
		while (true) {
			int end;
			if (c == delimiter) {
				values.add("");
				end = DELIMITER;
			}
			else if (c == '\r' || c == '\n') {
				endOfLine(c);
				values.add("");
				end = END_OF_LINE;
			}
			else if (c == EOF) { // after a delimiter
				values.add("");
				end = END_OF_FILE;
			}
			else if (c == '"') {
				end = quotedField();
			}
			else {
				end = unquotedField();
			}
			// once per field: a record of many short fields is bounded too
			limits.checkRecord(fileName, firstLine, consumed + position - recordStart);
			if (end != DELIMITER) {
				return values.toArray(String[]::new);
			}
			c = read();
		}
	}

	/** True once the end is reached when the last record had no line break after it. */
	boolean endedWithoutLineBreak() {
		return lastLineOpen;
	}

	/** Line breaks read so far: after a record, the number of the line it ends on. */
	long lineNumber() {
		return lines;
	}

	/**
	 * The field whose first character was just read, up to a delimiter, a line break or
	 * the end.
	 */
	private int unquotedField() throws IOException {
		mark = position - 1;
		while (true) {
			if (position == limit && !fill()) {
				checkField(position - mark);
				values.add(new String(buffer, mark, position - mark));
				mark = -1;
				previous = buffer[position - 1];
				read(); // counts the last line
				return END_OF_FILE;
			}
			char c = buffer[position];
			if (c == delimiter || c == '\r' || c == '\n') {
				checkField(position - mark);
				values.add(new String(buffer, mark, position - mark));
				mark = -1;
				read();
				if (c == delimiter) {
					return DELIMITER;
				}
				endOfLine(c);
				return END_OF_LINE;
			}
			position++;
		}
	}

	/** The field after an opening quote, up to its closing quote and what follows it. */
	private int quotedField() throws IOException {
		quoted.setLength(0);
		while (true) {
			int c = read();
			if (c == EOF) {
				throw new IOException("(line " + (lines + 1) + ") EOF reached before encapsulated token finished");
			}
			if (c != '"') {
				quoted.append((char) c);
				if (quoted.length() > limits.maxFieldLength()) {
					checkField(quoted.length());
				}
			}
			else if (peek() == '"') {
				read();
				quoted.append('"');
			}
			else {
				values.add(quoted.toString());
				return afterClosingQuote();
			}
		}
	}

	private int afterClosingQuote() throws IOException {
		while (true) {
			int c = read();
			if (c == delimiter) {
				return DELIMITER;
			}
			if (c == EOF) {
				return END_OF_FILE;
			}
			if (c == '\r' || c == '\n') {
				endOfLine(c);
				return END_OF_LINE;
			}
			if (!Character.isWhitespace((char) c)) {
				throw new IOException("Invalid char between encapsulated token and delimiter at line " + (lines + 1));
			}
		}
	}

	private void checkField(int length) {
		int index = values.size();
		limits.checkField(fileName, lines + 1,
				names != null && index < names.length ? names[index].strip() : "colonne " + (index + 1), length);
	}

	/** After a CR, the LF of a CRLF belongs to the same line break. */
	private void endOfLine(int c) throws IOException {
		if (c == '\r' && peek() == '\n') {
			read();
		}
	}

	private int read() throws IOException {
		if (position == limit && !fill()) {
			if (previous != '\r' && previous != '\n' && previous != EOF) {
				lines++;
				lastLineOpen = previous != NOTHING_YET;
			}
			previous = EOF;
			return EOF;
		}
		char c = buffer[position++];
		if (c == '\r' || c == '\n' && previous != '\r') {
			lines++;
		}
		previous = c;
		return c;
	}

	private int peek() throws IOException {
		return position == limit && !fill() ? EOF : buffer[position];
	}

	/**
	 * Reads more, keeping the unquoted field being scanned; false at the end of the
	 * input.
	 */
	private boolean fill() throws IOException {
		if (mark < 0) {
			consumed += limit;
			position = 0;
			limit = 0;
		}
		else if (mark > 0) {
			consumed += mark;
			System.arraycopy(buffer, mark, buffer, 0, limit - mark);
			position -= mark;
			limit -= mark;
			mark = 0;
		}
		else if (limit == buffer.length) {
			checkField(limit); // before the buffer grows: it never holds more than twice
								// the longest field
			buffer = Arrays.copyOf(buffer, buffer.length * 2);
		}
		int read = reader.read(buffer, limit, buffer.length - limit);
		if (read <= 0) {
			return false;
		}
		limit += read;
		return true;
	}

}
