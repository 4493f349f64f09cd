package fr.relance.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed command line: words (the command and its sub-command) and {@code --option value} or
 * {@code --option=value} pairs. {@code --help} is a flag. Options a command does not know are refused, except
 * {@code --spring.*} and {@code --relance.*}, passed through as Spring properties.
 */
final class Arguments {

	private final List<String> words;

	private final Map<String, String> options;

	private Arguments(List<String> words, Map<String, String> options) {
		this.words = words;
		this.options = options;
	}

	/** Options that take no value. */
	private static final java.util.Set<String> FLAGS = java.util.Set.of("help", "preview", "specimen");

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
			int eq = name.indexOf('=');
			if (eq >= 0) {
				options.put(name.substring(0, eq), name.substring(eq + 1));
			}
			else if (FLAGS.contains(name)) {
				options.put(name, "true");
			}
			else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
				options.put(name, args[++i]);
			}
			else {
				throw new UsageException("option --" + name + " needs a value");
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

	Optional<String> option(String name) {
		return Optional.ofNullable(options.get(name));
	}

	/** Refuses options outside {@code known} (plus --help and Spring/Relance pass-through properties). */
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
