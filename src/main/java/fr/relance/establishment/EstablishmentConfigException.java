package fr.relance.establishment;

/** An establishment file that cannot be used; the message names the file and the key. */
public class EstablishmentConfigException extends RuntimeException {

	public EstablishmentConfigException(String message) {
		super(message);
	}

}
