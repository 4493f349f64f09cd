package fr.relance.formats.fixedwidth;

import java.time.DateTimeException;
import java.time.LocalDate;

import fr.relance.formats.fixedwidth.FixedWidthException.Problem;

/**
 * Reads typed values out of one record or entity held in a character array, by field
 * name. Reusable: bind it to the next record instead of allocating (the readers stream
 * hundreds of megabytes). Not thread-safe.
 */
public final class FieldReader {

	private RecordLayout layout;

	private char[] chars;

	private int offset;

	private int length;

	/**
	 * Points the reader at {@code length} characters of {@code chars} from
	 * {@code offset}.
	 * @throws FixedWidthException if the text is shorter than the last field of the
	 * layout
	 */
	public FieldReader bind(RecordLayout layout, char[] chars, int offset, int length) {
		if (length < layout.requiredLength()) {
			throw new FixedWidthException(Problem.TOO_SHORT, layout.name(), null, length + 1,
					"needs " + layout.requiredLength() + " characters, has " + length);
		}
		this.layout = layout;
		this.chars = chars;
		this.offset = offset;
		this.length = length;
		return this;
	}

	public RecordLayout layout() {
		return layout;
	}

	/** Length of the bound text. */
	public int length() {
		return length;
	}

	/** A NUMBER field as a long. */
	public long number(String name) {
		return digitsValue(layout.field(name));
	}

	/** A NUMBER field as its validated digit string, zeros kept (identifiers, keys). */
	public String digits(String name) {
		FieldSpec spec = layout.field(name);
		digitsValue(spec);
		return raw(spec);
	}

	/** An AMOUNT field as cents (two implied decimals). */
	public long cents(String name) {
		return digitsValue(layout.field(name));
	}

	/** The field with leading and trailing spaces removed. */
	public String text(String name) {
		return raw(layout.field(name)).strip();
	}

	/** The field exactly as written. */
	public String raw(String name) {
		return raw(layout.field(name));
	}

	/** A one-character field. */
	public char character(String name) {
		FieldSpec spec = layout.field(name);
		return chars[offset + spec.index()];
	}

	/** True when the field holds only spaces. */
	public boolean isBlank(String name) {
		FieldSpec spec = layout.field(name);
		for (int i = 0; i < spec.length(); i++) {
			if (chars[offset + spec.index() + i] != ' ') {
				return false;
			}
		}
		return true;
	}

	/** A DATE field parsed with the given pattern. */
	public LocalDate date(String name, ShortDatePattern pattern) {
		FieldSpec spec = layout.field(name);
		try {
			return pattern.parse(raw(spec));
		}
		catch (DateTimeException ex) {
			throw new FixedWidthException(Problem.BAD_DATE, layout.name(), name, spec.type(), spec.start(),
					"not a date in pattern " + pattern.pattern());
		}
	}

	/** The whole bound text. */
	public String whole() {
		return new String(chars, offset, length);
	}

	private String raw(FieldSpec spec) {
		int from = offset + spec.index();
		for (int i = 0; i < spec.length(); i++) {
			char c = chars[from + i];
			if (c < 0x20 || c == 0x7f) {
				throw new FixedWidthException(Problem.CONTROL_CHARACTER, layout.name(), spec.name(), spec.type(),
						spec.start() + i, "control character 0x" + Integer.toHexString(c));
			}
		}
		return new String(chars, from, spec.length());
	}

	private long digitsValue(FieldSpec spec) {
		long value = 0;
		int from = offset + spec.index();
		for (int i = 0; i < spec.length(); i++) {
			char c = chars[from + i];
			if (c < '0' || c > '9') {
				throw new FixedWidthException(Problem.NOT_DIGITS, layout.name(), spec.name(), spec.type(),
						spec.start() + i, "digits expected");
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

}
