package fr.relance.ingest.ledger.internal;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fr.relance.ingest.ledger.DatePattern;
import fr.relance.ingest.ledger.LedgerField;
import fr.relance.ingest.ledger.LedgerProfile;
import fr.relance.ingest.ledger.LedgerProfile.Column;
import fr.relance.ingest.ledger.LedgerProfile.FlagWords;
import fr.relance.support.config.ConfigException;
import fr.relance.support.config.YamlFields;

/** Reads and validates one mapping profile file; every error names the file and the key. */
public final class ProfileReader {

	private static final Set<String> KEYS = Set.of("name", "version", "kind", "mode", "charset", "separator", "decimal",
			"dateFormats", "header", "maxBadRowShare", "maxAmount", "columns", "flagWords", "trueValues",
			"receivableAccountPrefix");

	private ProfileReader() {
	}

	public static LedgerProfile read(Path file) {
		YamlFields y = YamlFields.parse(file);
		y.onlyKeys(KEYS);
		String name = y.required("name");
		if (!file.getFileName().toString().equals(name + ".yml")) {
			throw y.error("name", "the profile '" + name + "' must be in a file named " + name + ".yml");
		}
		String kind = oneOf(y, "kind", "csv", Set.of("csv", "fec"));
		boolean snapshot = oneOf(y, "mode", "delta", Set.of("snapshot", "delta")).equals("snapshot");
		String separator = kind.equals("fec") ? "" : y.required("separator");
		if (!kind.equals("fec") && !Set.of(";", ",", "\t", "|").contains(separator)) {
			throw y.error("separator", "must be one of ; , | or a tab, got '" + separator + "'");
		}
		char decimal = oneOf(y, "decimal", ",", Set.of(",", ".")).charAt(0);
		Map<LedgerField, Column> columns = kind.equals("fec") ? Map.of() : columns(y.child("columns"), y);
		return new LedgerProfile(name, y.integer("version", 1), kind, snapshot, charset(y), separator, decimal,
				dateFormats(y), !"false".equals(y.optional("header")), columns, flagWords(y.child("flagWords")),
				trueValues(y), share(y), amount(y, "maxAmount", "100000"),
				Optional.ofNullable(y.optional("receivableAccountPrefix")).orElse("411"));
	}

	private static String oneOf(YamlFields y, String key, String defaultValue, Set<String> allowed) {
		String value = Optional.ofNullable(y.optional(key)).orElse(defaultValue).strip();
		if (!allowed.contains(value)) {
			throw y.error(key, "must be one of " + allowed + ", got '" + value + "'");
		}
		return value;
	}

	private static Optional<Charset> charset(YamlFields y) {
		String value = Optional.ofNullable(y.optional("charset")).orElse("auto").strip();
		if (value.equalsIgnoreCase("auto")) {
			return Optional.empty();
		}
		try {
			return Optional.of(Charset.forName(value));
		}
		catch (IllegalArgumentException e) {
			throw y.error("charset", "unknown charset '" + value + "' (UTF-8, windows-1252, ISO-8859-1 or auto)");
		}
	}

	private static List<DatePattern> dateFormats(YamlFields y) {
		List<String> patterns = y.strings("dateFormats");
		if (patterns.isEmpty()) {
			throw y.error("dateFormats", "is required (e.g. [\"dd/MM/yyyy\"])");
		}
		return patterns.stream().map(p -> {
			try {
				return DatePattern.of(p);
			}
			catch (IllegalArgumentException e) {
				throw y.error("dateFormats", "'" + p + "' is not a date pattern");
			}
		}).toList();
	}

	private static Map<LedgerField, Column> columns(YamlFields columns, YamlFields parent) {
		if (columns == null) {
			throw parent.error("columns", "is required: map our fields to the export's column names or positions");
		}
		Map<LedgerField, Column> mapped = new EnumMap<>(LedgerField.class);
		for (Map.Entry<?, ?> entry : columns.raw().entrySet()) {
			String key = String.valueOf(entry.getKey());
			LedgerField field = LedgerField.ofKey(key).orElseThrow(() -> columns.error(key, "unknown field (known: "
					+ java.util.Arrays.stream(LedgerField.values()).map(LedgerField::key).collect(Collectors.joining(", ")) + ")"));
			Object value = entry.getValue();
			if (value instanceof Integer position) {
				if (position < 1) {
					throw columns.error(key, "a position counts from 1, got " + position);
				}
				mapped.put(field, Column.at(position));
			}
			else if (value instanceof String name && !name.isBlank()) {
				mapped.put(field, Column.named(name));
			}
			else {
				throw columns.error(key, "must be a column name or a position (1 = first column)");
			}
		}
		for (LedgerField required : LedgerField.REQUIRED) {
			if (!mapped.containsKey(required)) {
				throw columns.error(required.key(), "is required");
			}
		}
		return mapped;
	}

	private static FlagWords flagWords(YamlFields y) {
		if (y == null) {
			return FlagWords.NONE;
		}
		Map<LedgerField, String> words = new LinkedHashMap<>();
		for (LedgerField flag : List.of(LedgerField.DISPUTE, LedgerField.DECEASED, LedgerField.GUARDIANSHIP,
				LedgerField.SMS_OPT_OUT)) {
			Optional.ofNullable(y.optional(flag.key())).ifPresent(w -> words.put(flag, w.strip().toLowerCase(Locale.ROOT)));
		}
		y.onlyKeys(Set.of("separator", "dispute", "deceased", "guardianship", "smsOptOut"));
		return new FlagWords(Optional.ofNullable(y.optional("separator")).orElse("|"), words);
	}

	private static Set<String> trueValues(YamlFields y) {
		List<String> values = y.strings("trueValues");
		return (values.isEmpty() ? List.of("O", "OUI", "Y", "YES", "1", "X", "TRUE") : values).stream()
			.map(v -> v.strip().toUpperCase(Locale.ROOT))
			.collect(Collectors.toSet());
	}

	private static BigDecimal share(YamlFields y) {
		BigDecimal share = amount(y, "maxBadRowShare", "0.10");
		if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
			throw y.error("maxBadRowShare", "must be between 0 and 1, got " + share);
		}
		return share;
	}

	private static BigDecimal amount(YamlFields y, String key, String defaultValue) {
		String value = Optional.ofNullable(y.optional(key)).orElse(defaultValue);
		try {
			return new BigDecimal(value.strip());
		}
		catch (NumberFormatException e) {
			throw y.error(key, "must be a number, got '" + value + "'");
		}
	}


}
