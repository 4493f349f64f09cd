package fr.relance.ingest.amc;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import fr.relance.support.config.YamlDocument;
import fr.relance.support.config.YamlMap;

/** Reads and validates one statement profile; every error names the file and the key. */
final class AmcProfileReader {

	private static final Set<String> KEYS = Set.of("name", "version", "kind", "charset", "separator", "decimal",
			"dateFormat", "columns", "statusWords", "maxBadRowShare");

	private AmcProfileReader() {
	}

	static AmcStatementProfile read(Path file) {
		YamlDocument document = YamlDocument.read(file);
		YamlMap y = document.root();
		y.onlyKeys(KEYS);
		String name = y.required("name");
		if (name != null && !file.getFileName().toString().equals(name + ".yml")) {
			y.error("name", "the profile '" + name + "' must be in a file named " + name + ".yml");
		}
		String kind = y.required("kind");
		if (kind != null && !"amc-statement".equals(kind)) {
			y.error("kind", "must be amc-statement");
		}
		String separator = y.required("separator");
		if (separator != null && !Set.of(";", ",", "\t", "|").contains(separator)) {
			y.error("separator", "must be one of ; , | or a tab, got '" + separator + "'");
		}
		String decimal = y.text("decimal", ",");
		if (!Set.of(",", ".").contains(decimal)) {
			y.error("decimal", "must be , or .");
		}
		Charset charset = charset(y);
		DateTimeFormatter dates = dateFormat(y);
		Map<AmcColumn, String> columns = columns(y);
		Map<String, Character> words = statusWords(y);
		double share = share(y);
		return document.result(() -> new AmcStatementProfile(name, charset, separator.charAt(0), decimal.charAt(0),
				dates, columns, words, share));
	}

	private static Charset charset(YamlMap y) {
		String value = y.text("charset", "UTF-8");
		try {
			return Charset.forName(value.strip());
		}
		catch (IllegalArgumentException e) {
			y.error("charset", "unknown charset '" + value + "' (UTF-8, windows-1252 or ISO-8859-1)");
			return null;
		}
	}

	private static DateTimeFormatter dateFormat(YamlMap y) {
		String pattern = y.text("dateFormat", "dd/MM/yyyy");
		try {
			return DateTimeFormatter.ofPattern(pattern.replace('y', 'u')).withResolverStyle(ResolverStyle.STRICT);
		}
		catch (IllegalArgumentException e) {
			y.error("dateFormat", "not a date pattern: '" + pattern + "'");
			return null;
		}
	}

	private static Map<AmcColumn, String> columns(YamlMap y) {
		YamlMap c = y.map("columns");
		if (c == null) {
			y.error("columns", "is required");
			return Map.of();
		}
		Map<AmcColumn, String> columns = new EnumMap<>(AmcColumn.class);
		Set<String> allowed = new TreeSet<>();
		for (AmcColumn column : AmcColumn.values()) {
			allowed.add(column.key());
			String header = c.text(column.key());
			if (header != null && !header.isBlank()) {
				columns.put(column, header.strip());
			}
			else if (column.required()) {
				c.error(column.key(), "is required (the header name of the column)");
			}
		}
		c.onlyKeys(allowed);
		if (!columns.containsKey(AmcColumn.STATUS) && !columns.containsKey(AmcColumn.REJECT_CODE)) {
			c.error("status", "a status or a rejectCode column is required");
		}
		return columns;
	}

	private static Map<String, Character> statusWords(YamlMap y) {
		YamlMap w = y.map("statusWords");
		if (w == null) {
			return Map.of("P", 'P', "R", 'R', "D", 'D');
		}
		w.onlyKeys("paid", "rejected", "pending");
		Map<String, Character> words = new HashMap<>();
		Map<String, Character> codes = Map.of("paid", 'P', "rejected", 'R', "pending", 'D');
		codes.forEach((key, code) -> w.strings(key).forEach(word -> {
			if (words.put(word.strip().toUpperCase(Locale.ROOT), code) != null) {
				w.error(key, "'" + word + "' is given two meanings");
			}
		}));
		return words;
	}

	private static double share(YamlMap y) {
		String value = y.text("maxBadRowShare", "0.5");
		try {
			double share = Double.parseDouble(value);
			if (share < 0 || share > 1) {
				throw new NumberFormatException();
			}
			return share;
		}
		catch (NumberFormatException e) {
			y.error("maxBadRowShare", "must be between 0 and 1, got '" + value + "'");
			return 0;
		}
	}

}
