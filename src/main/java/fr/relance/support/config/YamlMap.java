package fr.relance.support.config;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One mapping of a {@link YamlDocument}: typed reads of its keys. A read never throws: a
 * missing or wrong value is recorded on the document with its line and key path
 * ({@code steps[2].channel}) and the read answers null (or the default, or an empty
 * mapping or list, so the reader goes on and finds the next problem). A key given as null
 * ({@code key:} or {@code key: ~}) is absent. Values are taken as written: {@code 01000}
 * stays {@code "01000"} and {@code 0.20} stays {@code 0.20}, never YAML 1.1's octal or
 * binary floating point.
 */
public final class YamlMap {

	private static final Set<String> TRUE = Set.of("true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON");

	private final YamlDocument document;

	private final String path;

	private final Node node;

	private final Map<String, NodeTuple> keys;

	/**
	 * {@code mapping} null: an empty mapping standing for a missing or wrong one, its
	 * problems at the parent.
	 */
	YamlMap(YamlDocument document, String path, MappingNode mapping) {
		this(document, path, mapping, mapping);
	}

	private YamlMap(YamlDocument document, String path, MappingNode mapping, Node at) {
		this.document = document;
		this.path = path;
		this.node = at;
		this.keys = mapping == null ? Map.of() : YamlKeys.index(document, this, mapping);
	}

	/** The document this mapping belongs to, whose errors it records. */
	public YamlDocument document() {
		return document;
	}

	public String path() {
		return path;
	}

	/** The keys given, in file order. */
	public Set<String> keys() {
		return keys.keySet();
	}

	/** Whether {@code key} is given with a value (not null). */
	public boolean has(String key) {
		Node value = value(key);
		return value != null && !isNull(value);
	}

	/** Records every key not in {@code allowed}, at its line. */
	public void onlyKeys(String... allowed) {
		onlyKeys(Set.of(allowed));
	}

	public void onlyKeys(Set<String> allowed) {
		keys.forEach((key, tuple) -> {
			if (!allowed.contains(key)) {
				document.error(tuple.getKeyNode(), at(key), "unknown key (allowed: " + new TreeSet<>(allowed) + ")");
			}
		});
	}

	/**
	 * Records a problem with {@code key}: at its value's line, or at this mapping's when
	 * it is missing.
	 */
	public void error(String key, String problem) {
		Node value = value(key);
		document.error(value != null ? value : node, at(key), problem);
	}

	/** Records a problem with this mapping as a whole. */
	public void error(String problem) {
		document.error(node, path, problem);
	}

	/** The text as written (not stripped), or null when absent. */
	public String text(String key) {
		Node value = value(key);
		if (value == null || isNull(value)) {
			return null;
		}
		if (!(value instanceof ScalarNode scalar)) {
			error(key, "must be a single value");
			return null;
		}
		return scalar.getValue();
	}

	public String text(String key, String defaultValue) {
		String text = text(key);
		return text == null ? defaultValue : text;
	}

	/** The stripped text; null after recording "is required" when absent or blank. */
	public String required(String key) {
		String text = text(key);
		if (text == null && has(key)) {
			return null;
		}
		if (text == null || text.isBlank()) {
			error(key, "is required");
			return null;
		}
		return text.strip();
	}

	/** A whole number, or null when absent or wrong. */
	public Integer integer(String key) {
		String text = text(key);
		if (text == null) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			error(key, "must be a whole number, got '" + text + "'");
			return null;
		}
	}

	public int integer(String key, int defaultValue) {
		Integer value = integer(key);
		return value == null ? defaultValue : value;
	}

	/**
	 * Whether {@code key} is a plain (unquoted) whole number, as YAML reads {@code 3} and
	 * not {@code "3"}.
	 */
	public boolean isWholeNumber(String key) {
		return value(key) instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT);
	}

	/** A decimal number as written (its scale kept), or null when absent or wrong. */
	public BigDecimal decimal(String key) {
		String text = text(key);
		if (text == null) {
			return null;
		}
		try {
			return new BigDecimal(text.strip());
		}
		catch (NumberFormatException e) {
			error(key, "must be a number, got '" + text + "'");
			return null;
		}
	}

	public BigDecimal decimal(String key, BigDecimal defaultValue) {
		return has(key) ? decimal(key) : defaultValue;
	}

	/**
	 * A whole number of at least {@code min}; null after recording a problem ("is
	 * required" when absent).
	 */
	public Integer integerAtLeast(String key, int min) {
		if (!has(key)) {
			error(key, "is required");
			return null;
		}
		Integer value = integer(key);
		if (value != null && value < min) {
			error(key, "must be >= " + min);
			return null;
		}
		return value;
	}

	/**
	 * A decimal number of at least {@code min}, {@code defaultValue} when absent (null
	 * means required); null after recording a problem.
	 */
	public BigDecimal decimalAtLeast(String key, BigDecimal min, BigDecimal defaultValue) {
		if (!has(key)) {
			if (defaultValue == null) {
				error(key, "is required");
			}
			return defaultValue;
		}
		BigDecimal value = decimal(key);
		if (value != null && value.compareTo(min) < 0) {
			error(key, "must be >= " + min.toPlainString());
			return null;
		}
		return value;
	}

	/**
	 * {@code true} or {@code false} (and YAML's yes/no/on/off when unquoted), or null
	 * when absent or wrong.
	 */
	public Boolean flag(String key) {
		return flag(key, "");
	}

	/**
	 * As {@link #flag(String)}, required: {@code why} (": ...") ends both of its errors,
	 * to say what to choose.
	 */
	public Boolean requiredFlag(String key, String why) {
		if (!has(key)) {
			error(key, "is required" + why);
			return null;
		}
		return flag(key, why);
	}

	private Boolean flag(String key, String why) {
		String text = text(key);
		if (text == null) {
			return null;
		}
		boolean plain = ((ScalarNode) value(key)).getTag().equals(Tag.BOOL);
		if (text.equals("true") || text.equals("false") || plain) {
			return TRUE.contains(text);
		}
		error(key, "must be true or false, got '" + text + "'" + why);
		return null;
	}

	public boolean flag(String key, boolean defaultValue) {
		Boolean value = flag(key);
		return value == null ? defaultValue : value;
	}

	/**
	 * A constant of {@code type} by its name; {@code defaultValue} null means required.
	 */
	public <E extends Enum<E>> E choice(String key, Class<E> type, E defaultValue) {
		return word(key, type.getEnumConstants(), Enum::name, defaultValue);
	}

	/**
	 * The value whose {@code word} is the text; {@code defaultValue} null means required.
	 */
	public <E> E word(String key, E[] values, Function<E, String> word, E defaultValue) {
		List<String> words = Arrays.stream(values).map(word).toList();
		String text = text(key);
		if (text == null) {
			if (defaultValue == null && !has(key)) {
				error(key, "is required (one of " + words + ")");
			}
			return defaultValue;
		}
		for (E value : values) {
			if (word.apply(value).equals(text.strip())) {
				return value;
			}
		}
		error(key, "must be one of " + words + ", got '" + text + "'");
		return null;
	}

	/** A list of single values; empty when absent. */
	public List<String> strings(String key) {
		List<String> strings = new ArrayList<>();
		List<Node> items = items(key, false);
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i) instanceof ScalarNode scalar && !isNull(scalar)) {
				strings.add(scalar.getValue());
			}
			else {
				document.error(items.get(i), at(key) + "[" + i + "]", "must be a single value");
			}
		}
		return strings;
	}

	/** The mapping under {@code key}, or null when absent (or wrong, recorded). */
	public YamlMap map(String key) {
		if (!has(key)) {
			return null;
		}
		return child(value(key), at(key));
	}

	/**
	 * The mapping under {@code key}; an empty one after recording "is required" when
	 * absent.
	 */
	public YamlMap requiredMap(String key) {
		if (!has(key)) {
			error(key, "is required");
			return new YamlMap(document, at(key), null, node);
		}
		return child(value(key), at(key));
	}

	/**
	 * The mappings listed under {@code key}, one per item (an empty one for an item that
	 * is not a mapping).
	 */
	public List<YamlMap> maps(String key) {
		return maps(key, false);
	}

	/** As {@link #maps(String)}, recording "is required" when absent. */
	public List<YamlMap> requiredMaps(String key) {
		return maps(key, true);
	}

	private List<YamlMap> maps(String key, boolean required) {
		List<Node> items = items(key, required);
		List<YamlMap> maps = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			maps.add(child(items.get(i), at(key) + "[" + i + "]"));
		}
		return maps;
	}

	private List<Node> items(String key, boolean required) {
		if (!has(key)) {
			if (required) {
				error(key, "is required");
			}
			return List.of();
		}
		if (!(value(key) instanceof SequenceNode sequence)) {
			error(key, "must be a list");
			return List.of();
		}
		return sequence.getValue();
	}

	private YamlMap child(Node value, String childPath) {
		if (value instanceof MappingNode mapping) {
			return new YamlMap(document, childPath, mapping);
		}
		document.error(value, childPath, "must be a mapping");
		return new YamlMap(document, childPath, null, value);
	}

	/** The line this mapping starts on. */
	public int line() {
		return YamlDocument.line(node);
	}

	/** The key path of {@code key} in this mapping, as errors name it. */
	public String at(String key) {
		return path.isEmpty() ? key : path + "." + key;
	}

	private Node value(String key) {
		NodeTuple tuple = keys.get(key);
		return tuple == null ? null : tuple.getValueNode();
	}

	private static boolean isNull(Node value) {
		return value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
	}

}
