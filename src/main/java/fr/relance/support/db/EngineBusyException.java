package fr.relance.support.db;

/** Another run holds the engine home or the database: this one must not start. */
public class EngineBusyException extends RuntimeException {

	public EngineBusyException(String message) {
		super(message);
	}

}
