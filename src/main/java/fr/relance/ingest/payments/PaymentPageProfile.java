package fr.relance.ingest.payments;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.relance.support.config.YamlDocument;
import fr.relance.support.config.YamlMap;

/**
 * How to read a payment-page export ({@code jobs/profiles/payments/<name>.yml}):
 * separator, decimal mark, date pattern, and the header names of the five columns Relance
 * reads.
 */
public record PaymentPageProfile(String name, String separator, char decimalMark, DateTimeFormatter dateFormat,
		String date, String amount, String reference, String payer, String transaction) {

	private static final Set<String> KEYS = Set.of("name", "separator", "decimal", "dateFormat", "columns");

	/** In the order of the record's components. */
	private static final List<String> COLUMNS = List.of("date", "amount", "reference", "payer", "transaction");

	public static PaymentPageProfile read(Path file) {
		YamlDocument document = YamlDocument.read(file);
		YamlMap y = document.root();
		y.onlyKeys(KEYS);
		YamlMap columns = y.map("columns");
		if (columns == null) {
			y.error("columns", "is required (date, amount, reference, payer, transaction)");
		}
		else {
			columns.onlyKeys(Set.copyOf(COLUMNS));
		}
		String decimal = y.required("decimal");
		if (decimal != null && !decimal.equals(",") && !decimal.equals(".")) {
			y.error("decimal", "must be ',' or '.', got '" + decimal + "'");
		}
		DateTimeFormatter dates = dateFormat(y);
		String name = y.required("name");
		String separator = y.required("separator");
		List<String> headers = columns == null ? List.of() : COLUMNS.stream().map(columns::required).toList();
		return document.result(() -> new PaymentPageProfile(name, separator, decimal.charAt(0), dates, headers.get(0),
				headers.get(1), headers.get(2), headers.get(3), headers.get(4)));
	}

	private static DateTimeFormatter dateFormat(YamlMap y) {
		String pattern = y.required("dateFormat");
		try {
			return pattern == null ? null : DateTimeFormatter.ofPattern(pattern.replace("yyyy", "uuuu"))
				.withResolverStyle(ResolverStyle.STRICT);
		}
		catch (IllegalArgumentException e) {
			y.error("dateFormat", "is not a date pattern");
			return null;
		}
	}

	/** Header names, in the order the importer reads them. */
	public Map<String, String> columns() {
		return Map.of("date", date, "amount", amount, "reference", reference, "payer", payer, "transaction",
				transaction);
	}

}
