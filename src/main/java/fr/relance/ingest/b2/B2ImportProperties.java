package fr.relance.ingest.b2;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;

import fr.relance.formats.fixedwidth.ShortDatePattern;
import fr.relance.support.config.ConfigException;
import fr.relance.formats.b2.B2Options;

/**
 * How B2 files are read and matched to ledger invoices ({@code relance.b2.*}).
 *
 * <p>
 * Invoice numbers: a B2 invoice number has 9 digits; ledgers write it bare
 * ({@code 000123456}), without its leading zeros ({@code 123456}) or behind a letter
 * ({@code F000123456}). A ledger invoice matches a B2 invoice of the same establishment
 * when, after removing one of {@code ledgerPrefixes} at its start (case ignored) and, if
 * {@code ignoreLeadingZeros}, the leading zeros of both numbers, the two are equal. Two
 * ledger invoices matching one B2 number is reported as ambiguous, never guessed.
 *
 * @param strict a failed check of the B2 totals (docs/formats.md#b2-checks) refuses the
 * file; otherwise it is reported as a warning and the invoices are read (default true)
 * @param datePattern order of six-character dates, {@code ddMMyy} by default
 * @param ledgerPrefixes letters a ledger may put before the B2 number (default {@code F})
 * @param ignoreLeadingZeros compare numbers without their leading zeros (default true)
 */
@ConfigurationProperties("relance.b2")
public record B2ImportProperties(Boolean strict, String datePattern, List<String> ledgerPrefixes,
		Boolean ignoreLeadingZeros) {

	private static final Pattern PREFIX = Pattern.compile("[A-Z0-9/_-]{1,10}");

	public B2ImportProperties {
		strict = strict == null || strict;
		datePattern = datePattern == null ? ShortDatePattern.DDMMYY.pattern() : datePattern;
		ledgerPrefixes = ledgerPrefixes == null ? List.of("F")
				: ledgerPrefixes.stream()
					.map(p -> p.strip().toUpperCase(Locale.ROOT))
					.filter(p -> !p.isEmpty())
					.toList();
		ignoreLeadingZeros = ignoreLeadingZeros == null || ignoreLeadingZeros;
		for (String prefix : ledgerPrefixes) {
			if (!PREFIX.matcher(prefix).matches()) {
				throw new ConfigException("relance.b2.ledger-prefixes: '" + prefix
						+ "' must be 1 to 10 letters, digits, '/', '_' or '-'");
			}
		}
		try {
			new ShortDatePattern(datePattern);
		}
		catch (IllegalArgumentException e) {
			throw new ConfigException("relance.b2.date-pattern: " + e.getMessage());
		}
	}

	B2Options options() {
		return new B2Options(strict, new ShortDatePattern(datePattern));
	}

	/**
	 * PostgreSQL regular expression of the prefixes, longest first ({@code ^(?:FA|F)});
	 * {@code ^} when none.
	 */
	public String prefixPattern() {
		if (ledgerPrefixes.isEmpty()) {
			return "^";
		}
		return "^(?:" + String.join("|",
				ledgerPrefixes.stream()
					.sorted(Comparator.comparingInt(String::length).reversed())
					.map(p -> p.replaceAll("([/_-])", "\\\\$1"))
					.toList())
				+ ")";
	}

}
