package fr.relance.ingest.payments;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Map;
import java.util.Set;

import fr.relance.support.config.YamlFields;

/**
 * How to read a payment-page export ({@code jobs/profiles/payments/<name>.yml}): separator, decimal mark, date
 * pattern, and the header names of the five columns Relance reads.
 */
public record PaymentPageProfile(String name, String separator, char decimalMark, DateTimeFormatter dateFormat,
		String date, String amount, String reference, String payer, String transaction) {

	private static final Set<String> KEYS = Set.of("name", "separator", "decimal", "dateFormat", "columns");

	private static final Set<String> COLUMNS = Set.of("date", "amount", "reference", "payer", "transaction");

	public static PaymentPageProfile read(Path file) {
		YamlFields y = YamlFields.parse(file);
		y.onlyKeys(KEYS);
		YamlFields columns = y.child("columns");
		if (columns == null) {
			throw y.error("columns", "is required (date, amount, reference, payer, transaction)");
		}
		columns.onlyKeys(COLUMNS);
		String decimal = y.required("decimal");
		if (!decimal.equals(",") && !decimal.equals(".")) {
			throw y.error("decimal", "must be ',' or '.', got '" + decimal + "'");
		}
		DateTimeFormatter dates;
		try {
			dates = DateTimeFormatter.ofPattern(y.required("dateFormat").replace("yyyy", "uuuu"))
				.withResolverStyle(ResolverStyle.STRICT);
		}
		catch (IllegalArgumentException e) {
			throw y.error("dateFormat", "is not a date pattern");
		}
		return new PaymentPageProfile(y.required("name"), y.required("separator"), decimal.charAt(0), dates,
				columns.required("date"), columns.required("amount"), columns.required("reference"),
				columns.required("payer"), columns.required("transaction"));
	}

	/** Header names, in the order the importer reads them. */
	public Map<String, String> columns() {
		return Map.of("date", date, "amount", amount, "reference", reference, "payer", payer, "transaction",
				transaction);
	}

}
