package fr.relance.formats.fixedwidth;

import java.util.Objects;

/**
 * One field of a fixed-width layout, with 1-based inclusive positions as in the French
 * specifications ({@code start 12, length 13} covers positions 12-24).
 */
public record FieldSpec(String name, int start, int length, FieldType type) {

	public FieldSpec {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(type, "type");
		if (start < 1 || length < 1) {
			throw new IllegalArgumentException("field " + name + ": start and length must be positive");
		}
		if ((type == FieldType.NUMBER || type == FieldType.AMOUNT) && length > 18) {
			throw new IllegalArgumentException("field " + name + ": a number of more than 18 digits overflows a long");
		}
	}

	/** Shorthand for layout tables. */
	public static FieldSpec field(String name, int start, int length, FieldType type) {
		return new FieldSpec(name, start, length, type);
	}

	/** Last position covered, 1-based inclusive. */
	public int end() {
		return start + length - 1;
	}

	/** Zero-based index of the first character. */
	int index() {
		return start - 1;
	}

}
