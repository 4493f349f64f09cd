package fr.relance.support.config;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;


/** Typed reads from a parsed YAML configuration file, with errors that name the file and the key. */
public final class YamlFields {

	private final String file;

	private final String prefix;

	private final Map<?, ?> map;

	public YamlFields(String file, String prefix, Map<?, ?> map) {
		this.file = file;
		this.prefix = prefix;
		this.map = map;
	}

	public void onlyKeys(Set<String> allowed) {
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

	public String required(String key) {
		String value = optional(key);
		if (value == null || value.isBlank()) {
			throw error(key, "is required");
		}
		return value.strip();
	}

	public String optional(String key) {
		Object value = map.get(key);
		if (value instanceof Map || value instanceof List) {
			throw error(key, "must be a single value");
		}
		return value == null ? null : String.valueOf(value);
	}

	public List<String> strings(String key) {
		Object value = map.get(key);
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			throw error(key, "must be a list");
		}
		return list.stream().map(String::valueOf).toList();
	}

	public YamlFields child(String key) {
		Object value = map.get(key);
		if (value == null) {
			return null;
		}
		if (!(value instanceof Map<?, ?> child)) {
			throw error(key, "must be a mapping");
		}
		return new YamlFields(file, prefix + key + ".", child);
	}

	public int integer(String key, int defaultValue) {
		String value = optional(key);
		try {
			return value == null ? defaultValue : Integer.parseInt(value.strip());
		}
		catch (NumberFormatException e) {
			throw error(key, "must be a whole number, got '" + value + "'");
		}
	}

	/** The mapping itself, for keys whose values are free-form (e.g. a column map). */
	public Map<?, ?> raw() {
		return map;
	}

	/** Parses a YAML file into a mapping, refusing anything else, with the file name in every error. */
	public static YamlFields parse(java.nio.file.Path file) {
		String name = file.getFileName().toString();
		try (java.io.Reader reader = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
			Object root = new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(
					new org.yaml.snakeyaml.LoaderOptions())).load(reader);
			if (!(root instanceof Map<?, ?> map)) {
				throw new ConfigException(name + ": must be a YAML mapping of keys to values");
			}
			return new YamlFields(name, "", map);
		}
		catch (org.yaml.snakeyaml.error.YAMLException e) {
			throw new ConfigException(name + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
		}
		catch (java.io.IOException e) {
			throw new ConfigException(name + ": cannot be read: " + e.getMessage());
		}
	}

	public ConfigException error(String key, String problem) {
		return new ConfigException(file + ": " + prefix + key + ": " + problem);
	}

}
