package fr.relance.dunning.calibration;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import fr.relance.dunning.scenario.AmountBand;
import fr.relance.dunning.scenario.BetaPrior;
import fr.relance.dunning.scenario.ScenarioStep;

/**
 * One establishment's uplifts: the posterior of each (step id, band) that has been
 * calibrated, the scenario's prior for the others. Keyed by step id, not position, so
 * inserting a step in a scenario keeps the history of the others.
 */
public final class CalibratedUplifts implements Uplifts {

	/** Key of a calibrated cell. */
	public record Cell(String stepId, String band) {
	}

	private final Map<Cell, BigDecimal> means = new HashMap<>();

	public CalibratedUplifts(Map<Cell, BetaPrior> posteriors) {
		posteriors.forEach((cell, posterior) -> this.means.put(cell, posterior.mean()));
	}

	@Override
	public BigDecimal uplift(ScenarioStep step, AmountBand band) {
		BigDecimal calibrated = this.means.get(new Cell(step.id(), band.name()));
		return calibrated != null ? calibrated : step.prior(band).mean();
	}

}
