package fr.relance.formats.fixedwidth;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Writes typed values into a blank (space-filled) record following a layout: numbers
 * right-aligned and zero-padded, text left-aligned and space-padded. Used by the writers,
 * so generated files follow the very layouts the readers use. A value that does not fit
 * is a programming error ({@link IllegalArgumentException}).
 */
public final class RecordBuilder {

	private final RecordLayout layout;

	private final char[] chars;

	/** A blank record of the layout's nominal length. */
	public RecordBuilder(RecordLayout layout) {
		this.layout = layout;
		this.chars = new char[layout.length()];
		Arrays.fill(chars, ' ');
	}

	/** A non-negative number, zero-padded to the field width. */
	public RecordBuilder number(String name, long value) {
		FieldSpec spec = layout.field(name);
		if (value < 0) {
			throw new IllegalArgumentException(layout.name() + "." + name + " cannot hold a negative number");
		}
		String digits = Long.toString(value);
		if (digits.length() > spec.length()) {
			throw new IllegalArgumentException(layout.name() + "." + name + " is " + spec.length() + " digits wide");
		}
		put(spec, "0".repeat(spec.length() - digits.length()) + digits);
		return this;
	}

	/** Non-negative cents with two implied decimals. */
	public RecordBuilder cents(String name, long cents) {
		return number(name, cents);
	}

	/** Text, left-aligned; null writes spaces. */
	public RecordBuilder text(String name, String value) {
		FieldSpec spec = layout.field(name);
		String text = value == null ? "" : value;
		if (text.length() > spec.length()) {
			throw new IllegalArgumentException(
					layout.name() + "." + name + " is " + spec.length() + " characters wide");
		}
		put(spec, text);
		return this;
	}

	/** A one-character code. */
	public RecordBuilder character(String name, char value) {
		return text(name, String.valueOf(value));
	}

	/** A date in the given order. */
	public RecordBuilder date(String name, LocalDate date, ShortDatePattern pattern) {
		return text(name, pattern.format(date));
	}

	/** The record text. */
	public String build() {
		return new String(chars);
	}

	private void put(FieldSpec spec, String text) {
		text.getChars(0, text.length(), chars, spec.index());
	}

}
