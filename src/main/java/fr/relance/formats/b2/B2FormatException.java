package fr.relance.formats.b2;

/**
 * The one exception the B2 reader throws: the file must be quarantined. Says why, and
 * where (1-based record number, character offset = byte offset in ISO-8859-1). The
 * message never contains field values.
 */
public final class B2FormatException extends RuntimeException {

	private final B2Reason reason;

	private final long recordNumber;

	private final long offset;

	public B2FormatException(B2Reason reason, long recordNumber, long offset, String detail, Throwable cause) {
		super(reason + " (record " + recordNumber + ", offset " + offset + "): " + detail, cause);
		this.reason = reason;
		this.recordNumber = recordNumber;
		this.offset = offset;
	}

	public B2Reason reason() {
		return reason;
	}

	public long recordNumber() {
		return recordNumber;
	}

	public long offset() {
		return offset;
	}

}
