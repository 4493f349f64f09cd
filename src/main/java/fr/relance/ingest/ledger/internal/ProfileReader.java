package fr.relance.ingest.ledger.internal;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import fr.relance.ingest.ledger.DatePattern;
import fr.relance.ingest.ledger.LedgerField;
import fr.relance.ingest.ledger.LedgerProfile;
import fr.relance.ingest.ledger.LedgerProfile.Column;
import fr.relance.ingest.ledger.LedgerProfile.FlagWords;
import fr.relance.support.config.YamlDocument;
import fr.relance.support.config.YamlMap;

/**
 * Reads and validates one mapping profile file; every error names the file and the key.
 */
public final class ProfileReader {

	private static final Set<String> KEYS = Set.of("name", "version", "kind", "mode", "charset", "separator", "decimal",
			"dateFormats", "header", "maxBadRowShare", "maxAmount", "columns", "flagWords", "trueValues",
			"receivableAccountPrefix");

	private ProfileReader() {
	}

	public static LedgerProfile read(Path file) {
		YamlDocument document = YamlDocument.read(file);
		YamlMap y = document.root();
		y.onlyKeys(KEYS);
		String name = y.required("name");
		if (name != null && !file.getFileName().toString().equals(name + ".yml")) {
			y.error("name", "the profile '" + name + "' must be in a file named " + name + ".yml");
		}
		String kind = oneOf(y, "kind", "csv", Set.of("csv", "fec"));
		boolean snapshot = "snapshot".equals(oneOf(y, "mode", "delta", Set.of("snapshot", "delta")));
		boolean fec = "fec".equals(kind);
		String separator = fec ? "" : y.required("separator");
		if (!fec && separator != null && !Set.of(";", ",", "\t", "|").contains(separator)) {
			y.error("separator", "must be one of ; , | or a tab, got '" + separator + "'");
		}
		String decimal = oneOf(y, "decimal", ",", Set.of(",", "."));
		Map<LedgerField, Column> columns = fec ? Map.of() : columns(y);
		int version = y.integer("version", 1);
		Optional<Charset> charset = charset(y);
		List<DatePattern> dates = dateFormats(y);
		boolean header = y.flag("header", true);
		FlagWords flags = flagWords(y.map("flagWords"));
		Set<String> trueValues = trueValues(y);
		BigDecimal share = share(y);
		BigDecimal maxAmount = amount(y, "maxAmount", "100000");
		String accounts = y.text("receivableAccountPrefix", "411");
		return document.result(() -> new LedgerProfile(name, version, kind, snapshot, charset, separator,
				decimal.charAt(0), dates, header, columns, flags, trueValues, share, maxAmount, accounts));
	}

	private static String oneOf(YamlMap y, String key, String defaultValue, Set<String> allowed) {
		String value = y.text(key, defaultValue).strip();
		if (!allowed.contains(value)) {
			y.error(key, "must be one of " + new TreeSet<>(allowed) + ", got '" + value + "'");
			return null;
		}
		return value;
	}

	private static Optional<Charset> charset(YamlMap y) {
		String value = y.text("charset", "auto").strip();
		if (value.equalsIgnoreCase("auto")) {
			return Optional.empty();
		}
		try {
			return Optional.of(Charset.forName(value));
		}
		catch (IllegalArgumentException e) {
			y.error("charset", "unknown charset '" + value + "' (UTF-8, windows-1252, ISO-8859-1 or auto)");
			return Optional.empty();
		}
	}

	private static List<DatePattern> dateFormats(YamlMap y) {
		List<String> patterns = y.strings("dateFormats");
		if (patterns.isEmpty()) {
			y.error("dateFormats", "is required (e.g. [\"dd/MM/yyyy\"])");
		}
		List<DatePattern> dates = new ArrayList<>();
		for (String pattern : patterns) {
			try {
				dates.add(DatePattern.of(pattern));
			}
			catch (IllegalArgumentException e) {
				y.error("dateFormats", "'" + pattern + "' is not a date pattern");
			}
		}
		return dates;
	}

	private static Map<LedgerField, Column> columns(YamlMap y) {
		YamlMap columns = y.map("columns");
		if (columns == null) {
			y.error("columns", "is required: map our fields to the export's column names or positions");
			return Map.of();
		}
		Map<LedgerField, Column> mapped = new EnumMap<>(LedgerField.class);
		for (String key : columns.keys()) {
			Optional<LedgerField> field = LedgerField.ofKey(key);
			if (field.isEmpty()) {
				columns.error(key, "unknown field (known: "
						+ Arrays.stream(LedgerField.values()).map(LedgerField::key).collect(Collectors.joining(", "))
						+ ")");
				continue;
			}
			column(columns, key).ifPresent(column -> mapped.put(field.get(), column));
		}
		for (LedgerField required : LedgerField.REQUIRED) {
			if (!columns.has(required.key())) {
				columns.error(required.key(), "is required");
			}
		}
		return mapped;
	}

	/**
	 * A plain whole number is a position (1 = first column), any other text a column
	 * name.
	 */
	private static Optional<Column> column(YamlMap columns, String key) {
		if (columns.isWholeNumber(key)) {
			Integer position = columns.integer(key);
			if (position != null && position < 1) {
				columns.error(key, "a position counts from 1, got " + position);
				return Optional.empty();
			}
			return Optional.ofNullable(position).map(Column::at);
		}
		String name = columns.text(key);
		if (name != null && !name.isBlank()) {
			return Optional.of(Column.named(name));
		}
		if (name != null || !columns.has(key)) {
			columns.error(key, "must be a column name or a position (1 = first column)");
		}
		return Optional.empty();
	}

	private static FlagWords flagWords(YamlMap y) {
		if (y == null) {
			return FlagWords.NONE;
		}
		y.onlyKeys("separator", "dispute", "deceased", "guardianship", "smsOptOut");
		Map<LedgerField, String> words = new LinkedHashMap<>();
		for (LedgerField flag : List.of(LedgerField.DISPUTE, LedgerField.DECEASED, LedgerField.GUARDIANSHIP,
				LedgerField.SMS_OPT_OUT)) {
			Optional.ofNullable(y.text(flag.key())).ifPresent(w -> words.put(flag, w.strip().toLowerCase(Locale.ROOT)));
		}
		return new FlagWords(y.text("separator", "|"), words);
	}

	private static Set<String> trueValues(YamlMap y) {
		List<String> values = y.strings("trueValues");
		return (values.isEmpty() ? List.of("O", "OUI", "Y", "YES", "1", "X", "TRUE") : values).stream()
			.map(v -> v.strip().toUpperCase(Locale.ROOT))
			.collect(Collectors.toSet());
	}

	private static BigDecimal share(YamlMap y) {
		BigDecimal share = amount(y, "maxBadRowShare", "0.10");
		if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0)) {
			y.error("maxBadRowShare", "must be between 0 and 1, got " + share);
		}
		return share;
	}

	private static BigDecimal amount(YamlMap y, String key, String defaultValue) {
		return y.decimal(key, new BigDecimal(defaultValue));
	}

}
