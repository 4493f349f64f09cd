package fr.relance.formats.noemie.internal;

import java.io.IOException;
import java.io.Reader;

import fr.relance.formats.fixedwidth.FixedWidthException;
import fr.relance.formats.fixedwidth.RecordSource;
import fr.relance.formats.noemie.NoemieFormatException;
import fr.relance.formats.noemie.NoemieLevel;
import fr.relance.formats.noemie.NoemieReason;
import fr.relance.formats.noemie.NoemieWarning;

/**
 * The physical NOEMIE file (docs/formats.md#noemie-framing): 128-character records with
 * or without line ends; the {@code 000} header, then data records of a continuation flag
 * ({@code 0} more follows, {@code 1} last) and 127 payload characters, then the
 * {@code 999} trailer. The payloads, end to end, are the entity stream.
 */
public final class PhysicalFraming implements Framing {

	private final RecordSource source;

	private final NoemieAssembler assembler;

	private final EntityBuffer entity = new EntityBuffer();

	private long dataRecords;

	private boolean lastFlagSeen;

	private boolean delimiterSeen;

	public PhysicalFraming(Reader in, NoemieAssembler assembler) {
		this.source = new RecordSource(in, NoemieLayouts.RECORD_LENGTH);
		this.assembler = assembler;
	}

	@Override
	public boolean header() throws IOException {
		if (!next()) {
			return false;
		}
		assembler.header(source.chars(), 1);
		return true;
	}

	@Override
	public boolean step() throws IOException {
		if (!next()) {
			throw problem(NoemieReason.TRUNCATED, NoemieLevel.FILE, "the file ends without a 999 trailer");
		}
		char[] record = source.chars();
		if (record[0] == '9' && record[1] == '9' && record[2] == '9') {
			entity.expectOnlyPadding();
			assembler.trailer(record, source.recordNumber(), source.recordOffset(), source.recordNumber());
			if (next()) {
				throw problem(NoemieReason.DATA_AFTER_END, NoemieLevel.FILE, "record after the 999 trailer");
			}
			return false;
		}
		if (lastFlagSeen) {
			throw problem(NoemieReason.DATA_AFTER_END, NoemieLevel.RECORD,
					"data record after the one flagged last, or a missing 999 trailer");
		}
		dataRecord(record);
		return true;
	}

	private void dataRecord(char[] record) {
		dataRecords++;
		char flag = record[0];
		lastFlagSeen = flag == '1';
		if (flag != '0' && flag != '1') {
			assembler.warn(NoemieWarning.Kind.CONTINUATION_FLAG, source.recordNumber(), String.valueOf(flag));
		}
		long recordNumber = source.recordNumber();
		long base = source.recordOffset();
		for (int i = 1; i < record.length; i++) {
			if (record[i] == '@') {
				delimiterSeen = true;
				entity.flush(assembler, recordNumber, base + i);
			}
			else {
				entity.append(record[i], recordNumber, base + i);
			}
		}
		if (dataRecords == 1 && !delimiterSeen) {
			throw problem(NoemieReason.NOT_NOEMIE, NoemieLevel.RECORD,
					"the first data record holds no @ entity delimiter (a B2 file?)");
		}
	}

	private boolean next() throws IOException {
		try {
			return source.next();
		}
		catch (FixedWidthException ex) {
			throw NoemieAssembler.translate(ex, NoemieLevel.RECORD, source.recordNumber(), source.recordOffset());
		}
	}

	private NoemieFormatException problem(NoemieReason reason, NoemieLevel level, String detail) {
		return new NoemieFormatException(reason, level, source.recordNumber(), source.recordOffset(), detail, null);
	}

}
