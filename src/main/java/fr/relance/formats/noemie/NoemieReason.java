package fr.relance.formats.noemie;

/** Why a NOEMIE file was refused; each is a quarantine reason for the whole file. */
public enum NoemieReason {

	/** No record at all. */
	EMPTY_FILE,
	/**
	 * The first record is not a {@code 000} header, or the body is not an entity stream
	 * (e.g. a B2 file).
	 */
	NOT_NOEMIE,
	/** A physical record is not 128 characters long. */
	BAD_RECORD_LENGTH,
	/** The file ends before its {@code 999} trailer. */
	TRUNCATED,
	/** Records follow the trailer, or data follows the record flagged last. */
	DATA_AFTER_END,
	/** The body does not end with an {@code @}. */
	UNTERMINATED_ENTITY,
	/** An entity is shorter than its layout, or absurdly long (a lost delimiter). */
	BAD_ENTITY_LENGTH,
	/** A numeric field holds something other than digits. */
	NOT_DIGITS,
	/** An amount holds something other than digits. */
	BAD_AMOUNT,
	/** A sign is neither {@code P} nor {@code N}. */
	BAD_SIGN,
	/** A part status is not one of {@code P}, {@code R}, {@code D}, blank. */
	BAD_STATUS,
	/** A date is impossible in the configured pattern. */
	BAD_DATE,
	/** A field holds a control character (a NUL byte, ESC...): the file was damaged. */
	CONTROL_CHARACTER,
	/**
	 * An entity appears where its parent is missing (a {@code 198} outside an
	 * invoice...).
	 */
	OUT_OF_PLACE,
	/** An invoice carries two AMO or two AMC parts. */
	DUPLICATE_PART,
	/** A {@code 990} item count differs from what was read below it. */
	CONTROL_COUNT_MISMATCH,
	/** A {@code 990} sum differs from what was read below it. */
	CONTROL_SUM_MISMATCH,
	/** The {@code 999} total differs from the transfers net of retentions. */
	TRAILER_TOTAL_MISMATCH,
	/** The {@code 999} lot count differs from the lots read. */
	TRAILER_LOT_COUNT_MISMATCH,
	/** The {@code 999} record count matches no accepted convention. */
	TRAILER_RECORD_COUNT_MISMATCH,
	/** Header and trailer name different senders or file ids. */
	HEADER_TRAILER_MISMATCH,
	/** The input could not be read. */
	IO_ERROR

}
