package fr.relance.ingest;

/**
 * The longest record and field a reader accepts, in characters. A file past either limit
 * is refused whole with {@link RecordTooLongException}: a line without its line end (a
 * zero-filled copy, an unclosed quote) would otherwise be buffered until the heap is
 * exhausted. Readers check per record or per field, not per character, where they can.
 *
 * @param maxRecordLength characters of one record, line ends and delimiters included
 * @param maxFieldLength characters of one field (a CSV value, an XML text or attribute
 * value)
 */
public record RecordLimits(int maxRecordLength, int maxFieldLength) {

	/**
	 * Far above any real ledger line or statement field, far below what a 256 MB heap can
	 * buffer.
	 */
	public static final RecordLimits DEFAULT = new RecordLimits(100_000, 20_000);

	public RecordLimits {
		if (maxFieldLength < 1 || maxRecordLength < maxFieldLength) {
			throw new IllegalArgumentException("record limits: need 1 <= max-field-length (" + maxFieldLength
					+ ") <= max-record-length (" + maxRecordLength + ")");
		}
	}

	/** Refuses the file when a field is longer than allowed; {@code line} is 1-based. */
	public void checkField(String file, long line, String field, int length) {
		if (length > maxFieldLength) {
			throw RecordTooLongException.field(file, line, field, maxFieldLength);
		}
	}

	/**
	 * Refuses the file when a record is longer than allowed; {@code line} is 1-based
	 * (where the record starts).
	 */
	public void checkRecord(String file, long line, long length) {
		if (length > maxRecordLength) {
			throw RecordTooLongException.record(file, line, maxRecordLength);
		}
	}

}
