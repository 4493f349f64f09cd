package fr.relance.ingest.ledger;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How to read one establishment export ({@code jobs/profiles/<name>.yml}).
 *
 * @param name profile name, referenced by establishments
 * @param version recorded with every import, so a changed profile is traceable
 * @param kind {@code csv} (mapped columns) or {@code fec} (the legal 18-column ledger)
 * @param snapshot true: the file lists every open item, an invoice missing from it is
 * closed at the source; false: a delta of new and changed lines
 * @param charset declared charset; empty means detect (UTF-8 when valid, else
 * Windows-1252)
 * @param separator field separator (for FEC: empty, detected between tab and |)
 * @param decimalMark {@code ,} or {@code .}
 * @param dateFormats accepted date patterns, tried in order
 * @param header whether the first line names the columns
 * @param columns by header name (when {@code header}) or 1-based position
 * @param flagWords for a {@code flags} column: the word of each flag and the separator
 * between words
 * @param trueValues what a yes/no column says for yes (upper case)
 * @param maxBadRowShare a file with more bad rows than this share is refused whole
 * @param maxAmount an amount above this is absurd for one invoice and rejects the row
 * @param receivableAccountPrefix FEC only: the customer accounts read as patient
 * receivables
 */
public record LedgerProfile(String name, int version, String kind, boolean snapshot, Optional<Charset> charset,
		String separator, char decimalMark, List<DatePattern> dateFormats, boolean header,
		Map<LedgerField, Column> columns, FlagWords flagWords, Set<String> trueValues, BigDecimal maxBadRowShare,
		BigDecimal maxAmount, String receivableAccountPrefix) {

	/**
	 * The date {@code text} says in the first of the profile's patterns that reads it, or
	 * null.
	 */
	public LocalDate date(String text) {
		for (DatePattern pattern : dateFormats) {
			LocalDate date = pattern.parse(text);
			if (date != null) {
				return date;
			}
		}
		return null;
	}

	public boolean isFec() {
		return kind.equals("fec");
	}

	/** A mapped column: by header name or by 1-based position. */
	public record Column(String name, int position) {

		public static Column named(String name) {
			return new Column(name, 0);
		}

		public static Column at(int position) {
			return new Column(null, position);
		}

		@Override
		public String toString() {
			return name != null ? "'" + name + "'" : "column " + position;
		}

	}

	/** Words of a multi-valued flags column, e.g. {@code dispute|sms_optout}. */
	public record FlagWords(String separator, Map<LedgerField, String> words) {

		public static final FlagWords NONE = new FlagWords("|", Map.of());

	}

}
