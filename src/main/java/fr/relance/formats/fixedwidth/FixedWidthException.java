package fr.relance.formats.fixedwidth;

/**
 * A fixed-width text that does not fit its layout. Never carries the offending value (it
 * may be a NIR): only the layout, the field and its position. Readers translate it into
 * their own format exception.
 */
public final class FixedWidthException extends RuntimeException {

	/** What went wrong. */
	public enum Problem {

		/** A numeric or amount field holds something other than digits. */
		NOT_DIGITS,
		/** A date field is not a real date in the configured pattern. */
		BAD_DATE,
		/**
		 * A field holds a control character (a NUL byte, ESC...): a damaged file, and a
		 * value nothing can store.
		 */
		CONTROL_CHARACTER,
		/** The text is shorter than the layout's last field. */
		TOO_SHORT,
		/** A physical record ends at a line end before its fixed length. */
		SHORT_RECORD,
		/** The input ends in the middle of a record. */
		TRUNCATED_RECORD,
		/** A file cut by line ends has a line longer than the fixed record length. */
		LONG_RECORD

	}

	private final Problem problem;

	private final String layout;

	private final String field;

	private final int position;

	private final FieldType fieldType;

	public FixedWidthException(Problem problem, String layout, String field, int position, String detail) {
		this(problem, layout, field, null, position, detail);
	}

	public FixedWidthException(Problem problem, String layout, String field, FieldType fieldType, int position,
			String detail) {
		super(problem + " in " + layout + (field == null ? "" : " field " + field) + " at position " + position
				+ (detail == null ? "" : ": " + detail));
		this.problem = problem;
		this.layout = layout;
		this.field = field;
		this.position = position;
		this.fieldType = fieldType;
	}

	/** Type of the field in error, null for a problem of the whole record. */
	public FieldType fieldType() {
		return fieldType;
	}

	public Problem problem() {
		return problem;
	}

	public String layout() {
		return layout;
	}

	/** Field name, or null for a problem of the whole record. */
	public String field() {
		return field;
	}

	/** 1-based position inside the record or entity. */
	public int position() {
		return position;
	}

}
