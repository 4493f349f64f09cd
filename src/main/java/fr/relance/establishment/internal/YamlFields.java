package fr.relance.establishment.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import fr.relance.establishment.EstablishmentConfigException;

/** Typed reads from a parsed YAML mapping, with errors that name the file and the key. */
final class YamlFields {

	private final String file;

	private final String prefix;

	private final Map<?, ?> map;

	YamlFields(String file, String prefix, Map<?, ?> map) {
		this.file = file;
		this.prefix = prefix;
		this.map = map;
	}

	void onlyKeys(Set<String> allowed) {
		Set<String> unknown = new TreeSet<>();
		map.keySet().forEach(k -> {
			if (!allowed.contains(String.valueOf(k))) {
				unknown.add(String.valueOf(k));
			}
		});
		if (!unknown.isEmpty()) {
			throw error(unknown.iterator().next(), "unknown key (allowed: " + new TreeSet<>(allowed) + ")");
		}
	}

	String required(String key) {
		String value = optional(key);
		if (value == null || value.isBlank()) {
			throw error(key, "is required");
		}
		return value.strip();
	}

	String optional(String key) {
		Object value = map.get(key);
		if (value instanceof Map || value instanceof List) {
			throw error(key, "must be a single value");
		}
		return value == null ? null : String.valueOf(value);
	}

	List<String> strings(String key) {
		Object value = map.get(key);
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			throw error(key, "must be a list");
		}
		return list.stream().map(String::valueOf).toList();
	}

	YamlFields child(String key) {
		Object value = map.get(key);
		if (value == null) {
			return null;
		}
		if (!(value instanceof Map<?, ?> child)) {
			throw error(key, "must be a mapping");
		}
		return new YamlFields(file, prefix + key + ".", child);
	}

	int integer(String key, int defaultValue) {
		String value = optional(key);
		try {
			return value == null ? defaultValue : Integer.parseInt(value.strip());
		}
		catch (NumberFormatException e) {
			throw error(key, "must be a whole number, got '" + value + "'");
		}
	}

	EstablishmentConfigException error(String key, String problem) {
		return new EstablishmentConfigException(file + ": " + prefix + key + ": " + problem);
	}

}
