package fr.relance.ingest.noemie;

import java.util.Objects;

import fr.relance.ingest.fixedwidth.DatePattern;

/**
 * Reader settings.
 * @param logicalLines tolerant mode: the body holds one entity per line (some software exports it so) instead of
 * 128-character records with a continuation flag
 * @param datePattern order of six-character dates (default {@code yyMMdd}; docs/formats.md#dates)
 */
public record NoemieOptions(boolean logicalLines, DatePattern datePattern) {

	public NoemieOptions {
		Objects.requireNonNull(datePattern, "datePattern");
	}

	/** Physical 128-character records, {@code yyMMdd} dates. */
	public static NoemieOptions defaults() {
		return new NoemieOptions(false, DatePattern.YYMMDD);
	}

	public NoemieOptions withLogicalLines(boolean value) {
		return new NoemieOptions(value, datePattern);
	}

	public NoemieOptions withDatePattern(DatePattern pattern) {
		return new NoemieOptions(logicalLines, pattern);
	}

}
