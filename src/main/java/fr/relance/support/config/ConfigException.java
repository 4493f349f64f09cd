package fr.relance.support.config;

import java.util.List;

/**
 * A configuration file that cannot be used; the message names the file and the key, one
 * problem a line. Stops the engine at start.
 */
public class ConfigException extends RuntimeException {

	private final List<String> errors;

	public ConfigException(String message) {
		this(List.of(message));
	}

	/** Every problem found in one file, each {@code file line N, key.path: problem}. */
	public ConfigException(List<String> errors) {
		super(String.join("\n", errors));
		this.errors = List.copyOf(errors);
	}

	public List<String> errors() {
		return errors;
	}

}
