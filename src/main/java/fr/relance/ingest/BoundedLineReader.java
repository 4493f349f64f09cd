package fr.relance.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Gives a CSV parser (Commons CSV) no line longer than
 * {@link RecordLimits#maxRecordLength()}: a line without its line end refuses the file
 * ({@link RecordTooLongException}) before the parser buffers it. Counts physical lines
 * (CR, LF, CRLF); a quoted field spanning lines is bounded line by line.
 */
public final class BoundedLineReader extends FilterReader {

	private final RecordLimits limits;

	private final String fileName;

	private long line = 1;

	private long length;

	private int previous;

	public BoundedLineReader(Reader in, RecordLimits limits, String fileName) {
		super(in);
		this.limits = limits;
		this.fileName = fileName;
	}

	@Override
	public int read() throws IOException {
		int c = super.read();
		if (c >= 0) {
			count((char) c);
		}
		return c;
	}

	@Override
	public int read(char[] buffer, int offset, int count) throws IOException {
		int n = super.read(buffer, offset, count);
		for (int i = offset; i < offset + n; i++) {
			count(buffer[i]);
		}
		return n;
	}

	private void count(char c) {
		if (c == '\n' || c == '\r') {
			if (!(c == '\n' && previous == '\r')) {
				line++;
			}
			length = 0;
		}
		else if (++length > limits.maxRecordLength()) {
			limits.checkRecord(fileName, line, length);
		}
		previous = c;
	}

	@Override
	public long skip(long n) throws IOException {
		throw new IOException("skip is not supported by a bounded reader");
	}

	@Override
	public boolean markSupported() {
		return false;
	}

}
