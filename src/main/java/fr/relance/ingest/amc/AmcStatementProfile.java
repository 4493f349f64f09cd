package fr.relance.ingest.amc;

import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How one family of mutuelle (or OCT) statements is written: a CSV file with a header
 * line naming the columns.
 *
 * @param columns the header name of each mapped column, as written in the file
 * @param statusWords the words of the status column meaning {@code P} paid, {@code R}
 * rejected, {@code D} pending
 * @param maxBadRowShare above this share of refused rows the whole file is refused (a
 * wrong profile, a broken export) rather than imported in part
 */
record AmcStatementProfile(String name, Charset charset, char separator, char decimal, DateTimeFormatter dateFormat,
		Map<AmcColumn, String> columns, Map<String, Character> statusWords, double maxBadRowShare) {

	/** Header names are compared trimmed, unquoted and case-insensitively. */
	static String normalise(String header) {
		String s = header.strip();
		if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
			s = s.substring(1, s.length() - 1).strip();
		}
		return s.toLowerCase(Locale.ROOT);
	}

	/** True when every mapped column is among the names of this header line. */
	boolean recognises(List<String> headerNames) {
		List<String> names = headerNames.stream().map(AmcStatementProfile::normalise).toList();
		return columns.values().stream().allMatch(c -> names.contains(normalise(c)));
	}

	Optional<Character> status(String word) {
		return Optional.ofNullable(statusWords.get(word.strip().toUpperCase(Locale.ROOT)));
	}

}
