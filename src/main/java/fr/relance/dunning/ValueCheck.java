package fr.relance.dunning;

import java.math.BigDecimal;

import fr.relance.dunning.scenario.Channel;

/**
 * The stamp-cost arithmetic for one step: expected gain = balance x uplift (rounded down
 * to the cent), threshold = cost x (1 + margin) (rounded up to the cent); the step is
 * worth it when gain >= threshold and balance >= the step's minimum. Rounding both
 * against the action means "in doubt, do not spend", and the stored figures compare
 * exactly as the rule did.
 *
 * @param uplift probability, four decimals
 * @param arithmetic the same in one readable line
 */
public record ValueCheck(String stepId, Channel channel, BigDecimal balance, String band, BigDecimal uplift,
		BigDecimal expectedGain, BigDecimal cost, BigDecimal margin, BigDecimal threshold, BigDecimal minimumBalance,
		boolean clears, String arithmetic) {

	public boolean belowMinimum() {
		return this.balance.compareTo(this.minimumBalance) < 0;
	}

}
