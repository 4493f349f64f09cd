package fr.relance.formats.noemie;

/**
 * The one exception the NOEMIE reader throws: the file must be quarantined as a whole.
 * Says why (reason code), at which level, and where (physical record number and character
 * offset, which equals the byte offset in ISO-8859-1; 0 when not applicable). The message
 * never contains field values (they may be NIRs).
 */
public final class NoemieFormatException extends RuntimeException {

	private final NoemieReason reason;

	private final NoemieLevel level;

	private final long recordNumber;

	private final long offset;

	public NoemieFormatException(NoemieReason reason, NoemieLevel level, long recordNumber, long offset, String detail,
			Throwable cause) {
		super(reason + " (" + level + ", record " + recordNumber + ", offset " + offset + "): " + detail, cause);
		this.reason = reason;
		this.level = level;
		this.recordNumber = recordNumber;
		this.offset = offset;
	}

	public NoemieReason reason() {
		return reason;
	}

	public NoemieLevel level() {
		return level;
	}

	/** 1-based physical record (line number in logical-lines mode). */
	public long recordNumber() {
		return recordNumber;
	}

	/** Character (= byte) offset from the start of the file. */
	public long offset() {
		return offset;
	}

}
