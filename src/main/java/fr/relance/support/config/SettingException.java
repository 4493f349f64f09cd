package fr.relance.support.config;

/**
 * A setting (option, property, environment variable) the engine cannot work with: the
 * engine home is not a writable folder, the database URL is not PostgreSQL's... The
 * message names the setting. Nothing ran: exit status 2.
 */
public class SettingException extends RuntimeException {

	public SettingException(String message) {
		super(message);
	}

}
