package fr.relance.support.config;

/** A configuration file that cannot be used; the message names the file and the key. Stops the engine at start. */
public class ConfigException extends RuntimeException {

	public ConfigException(String message) {
		super(message);
	}

}
