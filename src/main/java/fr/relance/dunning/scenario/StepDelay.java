package fr.relance.dunning.scenario;

/** Days to wait after the anchor before a step is due. */
public record StepDelay(int days, DelayAnchor after) {

	public StepDelay {
		if (days < 0) {
			throw new IllegalArgumentException("delay days must be >= 0");
		}
	}

}
