package fr.relance.dunning.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Belief about a step's recovery uplift (probability that the step causes a payment
 * within 30 days, over the base rate of doing nothing) as a Beta(alpha, beta)
 * distribution. Alpha and beta read as pseudo-counts of successes and failures, so
 * {@code alpha + beta} is how many observations the prior is worth.
 */
public record BetaPrior(BigDecimal alpha, BigDecimal beta) {

	/** Uplifts carry four decimals. */
	public static final int UPLIFT_SCALE = 4;

	public BetaPrior {
		if (alpha.signum() <= 0 || beta.signum() <= 0) {
			throw new IllegalArgumentException("alpha and beta must be > 0");
		}
	}

	/** The same belief written as a probability and a weight (pseudo-observations). */
	public static BetaPrior ofProbability(BigDecimal probability, BigDecimal weight) {
		return new BetaPrior(probability.multiply(weight), BigDecimal.ONE.subtract(probability).multiply(weight));
	}

	/** Mean of the distribution, {@code alpha / (alpha + beta)}, with four decimals. */
	public BigDecimal mean() {
		return this.alpha.divide(this.alpha.add(this.beta), MathContext.DECIMAL64)
			.setScale(UPLIFT_SCALE, RoundingMode.HALF_UP);
	}

	/** Pseudo-observations the belief is worth. */
	public BigDecimal weight() {
		return this.alpha.add(this.beta);
	}

}
