package fr.relance.cli;

/**
 * A command line that cannot be run as written: exit status 2 with the message and the
 * command's usage.
 */
class UsageException extends RuntimeException {

	UsageException(String message) {
		super(message);
	}

}
