package fr.relance.dunning.calibration;

import java.math.BigDecimal;

import fr.relance.dunning.scenario.AmountBand;
import fr.relance.dunning.scenario.ScenarioStep;

/**
 * Source of the expected recovery uplift of a step for a balance band (a probability,
 * four decimals). The policy asks this rather than the scenario so that an
 * establishment's calibrated figures replace the priors.
 */
@FunctionalInterface
public interface Uplifts {

	BigDecimal uplift(ScenarioStep step, AmountBand band);

	/** The scenario's priors, unchanged: the mean of each step's Beta prior. */
	static Uplifts priors() {
		return (step, band) -> step.prior(band).mean();
	}

}
