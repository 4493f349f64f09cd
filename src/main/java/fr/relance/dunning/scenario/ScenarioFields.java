package fr.relance.dunning.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Typed reads from a parsed YAML tree that never throw: each problem is collected with the file name and the key
 * path, so an operator fixing a scenario sees every mistake at once.
 */
final class ScenarioFields {

	private final String file;

	private final List<String> errors = new ArrayList<>();

	ScenarioFields(String file) {
		this.file = file;
	}

	void error(String path, String message) {
		this.errors.add(this.file + ": " + path + ": " + message);
	}

	List<String> errors() {
		return this.errors;
	}

	static String at(String parent, String key) {
		return parent.isEmpty() ? key : parent + "." + key;
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> map(Object value, String path) {
		if (value instanceof Map<?, ?> m) {
			return (Map<String, Object>) m;
		}
		error(path, value == null ? "is required" : "must be a mapping");
		return Map.of();
	}

	List<?> list(Object value, String path) {
		if (value instanceof List<?> l) {
			return l;
		}
		error(path, value == null ? "is required" : "must be a list");
		return List.of();
	}

	void onlyKeys(Map<String, Object> node, String path, String... allowed) {
		Set<String> known = Set.of(allowed);
		for (String key : node.keySet()) {
			if (!known.contains(String.valueOf(key))) {
				error(at(path, String.valueOf(key)), "unknown key (expected one of " + String.join(", ", allowed) + ")");
			}
		}
	}

	String text(Map<String, Object> node, String key, String path) {
		Object value = node.get(key);
		if (value == null || String.valueOf(value).isBlank()) {
			error(at(path, key), "is required");
			return "";
		}
		return String.valueOf(value).strip();
	}

	/** A decimal at least {@code min}; {@code fallback} when absent (null fallback means required). */
	BigDecimal decimal(Map<String, Object> node, String key, String path, BigDecimal fallback, BigDecimal min) {
		Object value = node.get(key);
		if (value == null) {
			if (fallback == null) {
				error(at(path, key), "is required");
				return BigDecimal.ZERO;
			}
			return fallback;
		}
		BigDecimal number;
		try {
			number = new BigDecimal(String.valueOf(value).strip());
		}
		catch (NumberFormatException ex) {
			error(at(path, key), "must be a number, not '" + value + "'");
			return BigDecimal.ZERO;
		}
		if (number.compareTo(min) < 0) {
			error(at(path, key), "must be >= " + min.toPlainString());
		}
		return number;
	}

	int integer(Map<String, Object> node, String key, String path, int min) {
		Object value = node.get(key);
		if (!(value instanceof Integer i)) {
			error(at(path, key), value == null ? "is required" : "must be a whole number, not '" + value + "'");
			return min;
		}
		if (i < min) {
			error(at(path, key), "must be >= " + min);
		}
		return i;
	}

	<E extends Enum<E>> E choice(Map<String, Object> node, String key, String path, Class<E> type, E fallback) {
		Object value = node.get(key);
		if (value == null && fallback != null) {
			return fallback;
		}
		String names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(String.valueOf(value).strip())) {
				return constant;
			}
		}
		error(at(path, key), value == null ? "is required (one of " + names + ")" : "must be one of " + names);
		return null;
	}

}
