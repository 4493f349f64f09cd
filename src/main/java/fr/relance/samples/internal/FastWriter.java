package fr.relance.samples.internal;

import java.io.IOException;
import java.io.Writer;

/**
 * A buffering writer without the per-call lock of {@link java.io.BufferedWriter}: Commons
 * CSV appends field by field and character by character, and on a million-row ledger the
 * lock was the largest single cost. Used by one thread only.
 */
final class FastWriter extends Writer {

	private static final int FLUSH_AT = 1 << 16;

	private final Writer out;

	private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 1024);

	FastWriter(Writer out) {
		this.out = out;
	}

	@Override
	public void write(int c) throws IOException {
		this.buffer.append((char) c);
		spill();
	}

	@Override
	public void write(char[] chars, int offset, int length) throws IOException {
		this.buffer.append(chars, offset, length);
		spill();
	}

	@Override
	public void write(String text, int offset, int length) throws IOException {
		this.buffer.append(text, offset, offset + length);
		spill();
	}

	@Override
	public Writer append(CharSequence text) throws IOException {
		this.buffer.append(text);
		spill();
		return this;
	}

	@Override
	public Writer append(CharSequence text, int start, int end) throws IOException {
		this.buffer.append(text, start, end);
		spill();
		return this;
	}

	@Override
	public Writer append(char c) throws IOException {
		this.buffer.append(c);
		spill();
		return this;
	}

	private void spill() throws IOException {
		if (this.buffer.length() >= FLUSH_AT) {
			drain();
		}
	}

	private void drain() throws IOException {
		this.out.append(this.buffer);
		this.buffer.setLength(0);
	}

	@Override
	public void flush() throws IOException {
		drain();
		this.out.flush();
	}

	@Override
	public void close() throws IOException {
		try {
			drain();
		}
		finally {
			this.out.close();
		}
	}

}
