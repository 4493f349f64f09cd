package fr.relance.dunning.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Unit cost of one action, as components so that a price change (a new stamp tariff) is
 * one edit and the report can say where the money goes. Components may carry sub-cent
 * prices (bulk SMS); {@link #total()} rounds to the cent.
 */
public record StepCost(BigDecimal stamp, BigDecimal print, BigDecimal enveloping, BigDecimal sms,
		BigDecimal registeredLetter, BigDecimal operatorMinutes, BigDecimal hourlyCost, BigDecimal other) {

	private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

	/** Operator time in euros: minutes / 60 x hourly cost. */
	public BigDecimal operatorCost() {
		return this.operatorMinutes.multiply(this.hourlyCost).divide(MINUTES_PER_HOUR, MathContext.DECIMAL64);
	}

	/** Sum of the components in euros, scale 2 (half up). */
	public BigDecimal total() {
		return this.stamp.add(this.print)
			.add(this.enveloping)
			.add(this.sms)
			.add(this.registeredLetter)
			.add(this.other)
			.add(operatorCost())
			.setScale(2, RoundingMode.HALF_UP);
	}

}
