package fr.relance.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed command line: words (the command and its sub-command) and
 * {@code --option value} or {@code --option=value} pairs. {@code --help} and the few
 * other {@link #FLAGS} take no value. An option given twice is refused (which one was
 * meant?). Options a command does not know are refused, except {@code --spring.*} and
 * {@code --relance.*}, passed through as Spring properties.
 */
final class Arguments {

	/** Options that take no value. */
	static final Set<String> FLAGS = Set.of("help", "allow-future-date", "create-folders", "preview", "specimen",
			"json", "force", "dry-run");

	private final List<String> words;

	private final Map<String, String> options;

	private Arguments(List<String> words, Map<String, String> options) {
		this.words = words;
		this.options = options;
	}

	static Arguments parse(String[] args) {
		List<String> words = new ArrayList<>();
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (!arg.startsWith("--")) {
				words.add(arg);
				continue;
			}
			String name = arg.substring(2);
			String value;
			int eq = name.indexOf('=');
			if (eq >= 0) {
				value = name.substring(eq + 1);
				name = name.substring(0, eq);
			}
			else if (FLAGS.contains(name)) {
				value = "true";
			}
			else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
				value = args[++i];
			}
			else {
				throw new UsageException("option --" + name + " needs a value");
			}
			if (options.putIfAbsent(name, value) != null) {
				throw new UsageException("option --" + name + " is given twice");
			}
		}
		return new Arguments(words, options);
	}

	List<String> words() {
		return words;
	}

	boolean help() {
		return options.containsKey("help");
	}

	/** A flag ({@link #FLAGS}) is set when given, with no value or {@code =true}. */
	boolean flag(String name) {
		return Boolean.parseBoolean(options.getOrDefault(name, "false"));
	}

	Optional<String> option(String name) {
		return Optional.ofNullable(options.get(name));
	}

	/**
	 * Refuses options outside {@code known} (plus --help and Spring/Relance pass-through
	 * properties).
	 */
	void checkOptions(Set<String> known) {
		for (String name : options.keySet()) {
			boolean passThrough = name.startsWith("spring.") || name.startsWith("relance.");
			if (!known.contains(name) && !passThrough && !name.equals("help")) {
				throw new UsageException("unknown option --" + name);
			}
		}
	}

	/** The --spring.* and --relance.* pass-through properties. */
	Map<String, String> passThroughProperties() {
		Map<String, String> properties = new LinkedHashMap<>();
		options.forEach((k, v) -> {
			if (k.startsWith("spring.") || k.startsWith("relance.")) {
				properties.put(k, v);
			}
		});
		return properties;
	}

}
