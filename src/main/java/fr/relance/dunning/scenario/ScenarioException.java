package fr.relance.dunning.scenario;

import java.util.List;

/**
 * A scenario file that cannot be used; each error reads {@code file: key.path: problem}.
 */
public class ScenarioException extends RuntimeException {

	private final List<String> errors;

	public ScenarioException(List<String> errors) {
		super(String.join("\n", errors));
		this.errors = List.copyOf(errors);
	}

	public List<String> errors() {
		return this.errors;
	}

}
