package fr.relance.dunning.scenario;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One rung of the ladder. {@code uplift} maps a band name to the prior of this step's
 * recovery uplift; it is empty for a write-off proposal, which is not judged on value.
 */
public record ScenarioStep(int index, String id, Channel channel, StepDelay delay, BigDecimal minimumBalance,
		StepCost cost, Map<String, BetaPrior> uplift) {

	public ScenarioStep {
		uplift = Map.copyOf(uplift);
	}

	/**
	 * Prior of the uplift in a band; the loader guarantees every band is present for a
	 * chasing step.
	 */
	public BetaPrior prior(AmountBand band) {
		BetaPrior prior = this.uplift.get(band.name());
		if (prior == null) {
			throw new IllegalStateException("step " + this.id + " has no uplift for band " + band.name());
		}
		return prior;
	}

}
