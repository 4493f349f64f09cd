package fr.relance.operations;

/** A quarantined file that cannot be released as asked: nothing was moved. */
public class ReleaseRefusedException extends RuntimeException {

	public ReleaseRefusedException(String message) {
		super(message);
	}

}
