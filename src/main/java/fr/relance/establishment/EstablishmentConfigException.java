package fr.relance.establishment;

import fr.relance.support.config.ConfigException;

/** An establishment file that cannot be used; the message names the file and the key. */
public class EstablishmentConfigException extends ConfigException {

	public EstablishmentConfigException(String message) {
		super(message);
	}

}
