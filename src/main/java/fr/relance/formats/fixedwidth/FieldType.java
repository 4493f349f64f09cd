package fr.relance.formats.fixedwidth;

/** How the characters of a fixed-width field are to be read. */
public enum FieldType {

	/**
	 * Digits only, right-aligned, zero-padded; read as a {@code long} or as the validated
	 * digit string.
	 */
	NUMBER,

	/** Unsigned digits with two implied decimals; read as {@code long} cents. */
	AMOUNT,

	/** Left-aligned text padded with spaces; read trimmed. */
	ALPHA,

	/** A code whose every character counts (statuses, signs, identifiers); read as is. */
	CODE,

	/**
	 * Six-character date; kept raw for matching and parsed with a configurable
	 * {@link ShortDatePattern}.
	 */
	DATE

}
