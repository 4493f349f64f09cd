package fr.relance.dunning.scenario;

import java.math.BigDecimal;

import fr.relance.support.config.YamlMap;

/**
 * Reads one uplift prior, written either as Beta(alpha, beta) or as probability + prior
 * weight.
 */
final class PriorReader {

	private PriorReader() {
	}

	/** The prior, or null after recording an error. */
	static BetaPrior prior(YamlMap node) {
		node.onlyKeys("alpha", "beta", "probability", "weight");
		boolean beta = node.has("alpha") || node.has("beta");
		boolean probability = node.has("probability") || node.has("weight");
		if (beta == probability) {
			node.error("give either alpha and beta, or probability and weight");
			return null;
		}
		if (beta) {
			BigDecimal a = positive(node, "alpha");
			BigDecimal b = positive(node, "beta");
			return a == null || b == null ? null : new BetaPrior(a, b);
		}
		BigDecimal p = positive(node, "probability");
		BigDecimal w = positive(node, "weight");
		if (p != null && p.compareTo(BigDecimal.ONE) >= 0) {
			node.error("probability", "must be < 1");
			return null;
		}
		return p == null || w == null ? null : BetaPrior.ofProbability(p, w);
	}

	private static BigDecimal positive(YamlMap node, String key) {
		BigDecimal value = node.decimalAtLeast(key, BigDecimal.ZERO, null);
		if (value != null && value.signum() == 0) {
			node.error(key, "must be > 0");
			return null;
		}
		return value;
	}

}
