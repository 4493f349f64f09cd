package fr.relance.ingest.amc;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.relance.support.config.YamlFields;

/** Reads and validates one statement profile; every error names the file and the key. */
final class AmcProfileReader {

	private static final Set<String> KEYS = Set.of("name", "version", "kind", "charset", "separator", "decimal",
			"dateFormat", "columns", "statusWords", "maxBadRowShare");

	private AmcProfileReader() {
	}

	static AmcStatementProfile read(Path file) {
		YamlFields y = YamlFields.parse(file);
		y.onlyKeys(KEYS);
		String name = y.required("name");
		if (!file.getFileName().toString().equals(name + ".yml")) {
			throw y.error("name", "the profile '" + name + "' must be in a file named " + name + ".yml");
		}
		if (!"amc-statement".equals(y.required("kind"))) {
			throw y.error("kind", "must be amc-statement");
		}
		String separator = y.required("separator");
		if (!Set.of(";", ",", "\t", "|").contains(separator)) {
			throw y.error("separator", "must be one of ; , | or a tab, got '" + separator + "'");
		}
		String decimal = Optional.ofNullable(y.optional("decimal")).orElse(",");
		if (!Set.of(",", ".").contains(decimal)) {
			throw y.error("decimal", "must be , or .");
		}
		return new AmcStatementProfile(name, charset(y), separator.charAt(0), decimal.charAt(0), dateFormat(y),
				columns(y), statusWords(y), share(y));
	}

	private static Charset charset(YamlFields y) {
		String value = Optional.ofNullable(y.optional("charset")).orElse("UTF-8");
		try {
			return Charset.forName(value.strip());
		}
		catch (IllegalArgumentException e) {
			throw y.error("charset", "unknown charset '" + value + "' (UTF-8, windows-1252 or ISO-8859-1)");
		}
	}

	private static DateTimeFormatter dateFormat(YamlFields y) {
		String pattern = Optional.ofNullable(y.optional("dateFormat")).orElse("dd/MM/yyyy");
		try {
			return DateTimeFormatter.ofPattern(pattern.replace('y', 'u')).withResolverStyle(ResolverStyle.STRICT);
		}
		catch (IllegalArgumentException e) {
			throw y.error("dateFormat", "not a date pattern: '" + pattern + "'");
		}
	}

	private static Map<AmcColumn, String> columns(YamlFields y) {
		YamlFields c = y.child("columns");
		if (c == null) {
			throw y.error("columns", "is required");
		}
		Map<AmcColumn, String> columns = new EnumMap<>(AmcColumn.class);
		Set<String> allowed = new java.util.TreeSet<>();
		for (AmcColumn column : AmcColumn.values()) {
			allowed.add(column.key());
			String header = c.optional(column.key());
			if (header != null && !header.isBlank()) {
				columns.put(column, header.strip());
			}
			else if (column.required()) {
				throw c.error(column.key(), "is required (the header name of the column)");
			}
		}
		c.onlyKeys(allowed);
		if (!columns.containsKey(AmcColumn.STATUS) && !columns.containsKey(AmcColumn.REJECT_CODE)) {
			throw c.error("status", "a status or a rejectCode column is required");
		}
		return columns;
	}

	private static Map<String, Character> statusWords(YamlFields y) {
		YamlFields w = y.child("statusWords");
		Map<String, Character> words = new HashMap<>();
		if (w == null) {
			return Map.of("P", 'P', "R", 'R', "D", 'D');
		}
		w.onlyKeys(Set.of("paid", "rejected", "pending"));
		Map<String, Character> codes = Map.of("paid", 'P', "rejected", 'R', "pending", 'D');
		codes.forEach((key, code) -> w.strings(key).forEach(word -> {
			if (words.put(word.strip().toUpperCase(Locale.ROOT), code) != null) {
				throw w.error(key, "'" + word + "' is given two meanings");
			}
		}));
		return words;
	}

	private static double share(YamlFields y) {
		String value = Optional.ofNullable(y.optional("maxBadRowShare")).orElse("0.5");
		try {
			double share = Double.parseDouble(value);
			if (share < 0 || share > 1) {
				throw new NumberFormatException();
			}
			return share;
		}
		catch (NumberFormatException e) {
			throw y.error("maxBadRowShare", "must be between 0 and 1, got '" + value + "'");
		}
	}

}
