package fr.relance.dunning;

import java.math.BigDecimal;
import java.math.RoundingMode;

import fr.relance.dunning.scenario.AmountBand;
import fr.relance.dunning.scenario.ScenarioStep;

/**
 * The stamp-cost threshold for one step (see {@link ValueCheck} for the rule and its
 * rounding).
 */
final class ValueRule {

	private ValueRule() {
	}

	static ValueCheck evaluate(ScenarioStep step, BigDecimal balance, AmountBand band, BigDecimal uplift,
			BigDecimal margin) {
		BigDecimal gain = balance.multiply(uplift).setScale(2, RoundingMode.DOWN);
		BigDecimal cost = step.cost().total();
		BigDecimal threshold = cost.multiply(BigDecimal.ONE.add(margin)).setScale(2, RoundingMode.UP);
		BigDecimal minimum = step.minimumBalance().setScale(2, RoundingMode.HALF_UP);
		boolean worth = gain.compareTo(threshold) >= 0;
		boolean aboveMinimum = balance.compareTo(minimum) >= 0;
		String text = step.id() + " (" + step.channel() + "): gain " + balance + " x " + uplift + " = " + gain
				+ (worth ? " >= " : " < ") + "threshold " + cost + " x (1 + " + margin.toPlainString() + ") = "
				+ threshold + "; balance " + balance + (aboveMinimum ? " >= " : " < ") + "minimum " + minimum
				+ (worth && aboveMinimum ? ": worth it" : ": not worth it");
		return new ValueCheck(step.id(), step.channel(), balance, band.name(), uplift, gain, cost, margin, threshold,
				minimum, worth && aboveMinimum, text);
	}

}
