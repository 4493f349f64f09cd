package fr.relance.formats.noemie;

import java.util.Objects;

import fr.relance.formats.fixedwidth.ShortDatePattern;

/**
 * Reader settings.
 *
 * @param logicalLines tolerant mode: the body holds one entity per line (some software
 * exports it so) instead of 128-character records with a continuation flag
 * @param datePattern order of six-character dates (default {@code yyMMdd};
 * docs/formats.md#dates)
 */
public record NoemieOptions(boolean logicalLines, ShortDatePattern datePattern) {

	public NoemieOptions {
		Objects.requireNonNull(datePattern, "datePattern");
	}

	/** Physical 128-character records, {@code yyMMdd} dates. */
	public static NoemieOptions defaults() {
		return new NoemieOptions(false, ShortDatePattern.YYMMDD);
	}

	public NoemieOptions withLogicalLines(boolean value) {
		return new NoemieOptions(value, datePattern);
	}

	public NoemieOptions withDatePattern(ShortDatePattern pattern) {
		return new NoemieOptions(logicalLines, pattern);
	}

}
