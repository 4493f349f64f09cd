package fr.relance.formats.noemie.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

import fr.relance.formats.noemie.NoemieFormatException;
import fr.relance.formats.noemie.NoemieLevel;
import fr.relance.formats.noemie.NoemieReason;

/**
 * Tolerant mode (docs/formats.md#noemie-framing): a "logical" file whose body holds
 * entities one per line, as some software exports them. The header and trailer lines may
 * have lost their trailing spaces. Inside a line, {@code @} still separates entities and
 * the line end closes the last one; blank lines are ignored.
 */
public final class LogicalFraming implements Framing {

	private final Reader in;

	private final NoemieAssembler assembler;

	private final EntityBuffer entity = new EntityBuffer();

	private final char[] line = new char[EntityBuffer.MAX_ENTITY];

	private int length;

	private long lineNumber;

	private long lineOffset;

	private long consumed;

	private int pending = -2;

	public LogicalFraming(Reader in, NoemieAssembler assembler) {
		this.in = in;
		this.assembler = assembler;
	}

	@Override
	public boolean header() throws IOException {
		if (!nextNonBlankLine()) {
			return false;
		}
		assembler.header(envelope(), lineNumber);
		return true;
	}

	@Override
	public boolean step() throws IOException {
		if (!nextNonBlankLine()) {
			throw problem(NoemieReason.TRUNCATED, "the file ends without a 999 trailer");
		}
		if (length >= 3 && line[0] == '9' && line[1] == '9' && line[2] == '9') {
			assembler.trailer(envelope(), lineNumber, lineOffset, -1);
			if (nextNonBlankLine()) {
				throw problem(NoemieReason.DATA_AFTER_END, "line after the 999 trailer");
			}
			return false;
		}
		for (int i = 0; i < length; i++) {
			if (line[i] == '@') {
				flush(i);
			}
			else {
				entity.append(line[i], lineNumber, lineOffset + i);
			}
		}
		if (!entity.isBlank()) {
			flush(length);
		}
		entity.clear();
		return true;
	}

	private void flush(int index) {
		if (entity.isBlank()) {
			entity.clear();
		}
		else {
			entity.flush(assembler, lineNumber, lineOffset + index);
		}
	}

	/** Header or trailer line padded back to 128 characters. */
	private char[] envelope() {
		if (length > NoemieLayouts.RECORD_LENGTH) {
			throw problem(NoemieReason.BAD_RECORD_LENGTH, "header or trailer line longer than 128 characters");
		}
		char[] record = Arrays.copyOf(line, NoemieLayouts.RECORD_LENGTH);
		Arrays.fill(record, length, record.length, ' ');
		return record;
	}

	private boolean nextNonBlankLine() throws IOException {
		while (readLine()) {
			for (int i = 0; i < length; i++) {
				if (line[i] != ' ') {
					return true;
				}
			}
		}
		return false;
	}

	private boolean readLine() throws IOException {
		int c = read();
		if (c < 0) {
			return false;
		}
		lineNumber++;
		lineOffset = consumed - 1;
		length = 0;
		while (c >= 0 && c != '\n' && c != '\r') {
			if (length == line.length) {
				throw problem(NoemieReason.BAD_ENTITY_LENGTH, "line longer than " + line.length + " characters");
			}
			line[length++] = (char) c;
			c = read();
		}
		if (c == '\r') {
			int after = read();
			if (after != '\n' && after >= 0) {
				pending = after;
				consumed--;
			}
		}
		return true;
	}

	private int read() throws IOException {
		if (pending != -2) {
			int c = pending;
			pending = -2;
			consumed++;
			return c;
		}
		int c = in.read();
		if (c >= 0) {
			consumed++;
		}
		return c;
	}

	private NoemieFormatException problem(NoemieReason reason, String detail) {
		return new NoemieFormatException(reason, NoemieLevel.RECORD, lineNumber, lineOffset, detail, null);
	}

}
