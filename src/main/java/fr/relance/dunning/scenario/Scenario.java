package fr.relance.dunning.scenario;

import java.math.BigDecimal;
import java.util.List;

/**
 * A validated dunning ladder. {@code version} is recorded on every decision so that "why"
 * can be answered against the ladder in force that night. {@code margin} is the safety
 * factor of the value rule: an action is worth taking when the expected gain is at least
 * its cost x (1 + margin).
 *
 * @param source file name the scenario was read from, used in messages
 */
public record Scenario(String source, String version, String name, Sector sector, BigDecimal margin,
		List<AmountBand> bands, List<ScenarioStep> steps) {

	public Scenario {
		bands = List.copyOf(bands);
		steps = List.copyOf(steps);
	}

	/**
	 * The band holding a balance; bands cover zero upwards without gaps (checked by the
	 * loader).
	 */
	public AmountBand band(BigDecimal balance) {
		for (AmountBand band : this.bands) {
			if (band.contains(balance)) {
				return band;
			}
		}
		return this.bands.get(0);
	}

	public ScenarioStep step(String id) {
		return this.steps.stream()
			.filter((s) -> s.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(this.source + ": no step " + id));
	}

}
