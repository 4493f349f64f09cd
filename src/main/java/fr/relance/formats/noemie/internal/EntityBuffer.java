package fr.relance.formats.noemie.internal;

import fr.relance.formats.noemie.NoemieFormatException;
import fr.relance.formats.noemie.NoemieLevel;
import fr.relance.formats.noemie.NoemieReason;

/**
 * Accumulates the characters of one entity across records until its {@code @}. Bounded: a
 * lost delimiter would otherwise swallow the rest of a large file into memory.
 */
final class EntityBuffer {

	/** Far above the longest known entity (152 characters). */
	static final int MAX_ENTITY = 4096;

	private final char[] chars = new char[MAX_ENTITY];

	private int length;

	private long record;

	private long offset;

	void append(char c, long recordNumber, long charOffset) {
		if (length == 0) {
			record = recordNumber;
			offset = charOffset;
		}
		if (length == MAX_ENTITY) {
			throw new NoemieFormatException(NoemieReason.BAD_ENTITY_LENGTH, NoemieLevel.ENTITY, record, offset,
					"no @ within " + MAX_ENTITY + " characters", null);
		}
		chars[length++] = c;
	}

	/** Hands the entity over (if any) and starts a new one. */
	void flush(NoemieAssembler assembler, long recordNumber, long charOffset) {
		if (length == 0) {
			record = recordNumber;
			offset = charOffset;
		}
		int n = length;
		length = 0;
		assembler.entity(chars, n, record, offset);
	}

	/** At the end of the body only padding may be left after the last {@code @}. */
	void expectOnlyPadding() {
		for (int i = 0; i < length; i++) {
			if (chars[i] != ' ') {
				throw new NoemieFormatException(NoemieReason.UNTERMINATED_ENTITY, NoemieLevel.ENTITY, record, offset,
						"the body does not end with @", null);
			}
		}
		length = 0;
	}

	boolean isBlank() {
		for (int i = 0; i < length; i++) {
			if (chars[i] != ' ') {
				return false;
			}
		}
		return true;
	}

	void clear() {
		length = 0;
	}

}
