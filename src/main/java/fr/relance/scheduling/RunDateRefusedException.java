package fr.relance.scheduling;

/**
 * A business date the engine will not run a night for; nothing ran. The message names the
 * date and the way out.
 */
public class RunDateRefusedException extends RuntimeException {

	RunDateRefusedException(String message) {
		super(message);
	}

}
