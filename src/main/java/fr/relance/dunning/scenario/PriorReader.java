package fr.relance.dunning.scenario;

import java.math.BigDecimal;
import java.util.Map;

/** Reads one uplift prior, written either as Beta(alpha, beta) or as probability + prior weight. */
final class PriorReader {

	private final ScenarioFields fields;

	PriorReader(ScenarioFields fields) {
		this.fields = fields;
	}

	/** The prior, or null after recording an error. */
	BetaPrior prior(Map<String, Object> node, String path) {
		this.fields.onlyKeys(node, path, "alpha", "beta", "probability", "weight");
		boolean beta = node.containsKey("alpha") || node.containsKey("beta");
		boolean probability = node.containsKey("probability") || node.containsKey("weight");
		if (beta == probability) {
			this.fields.error(path, "give either alpha and beta, or probability and weight");
			return null;
		}
		if (beta) {
			BigDecimal a = positive(node, "alpha", path);
			BigDecimal b = positive(node, "beta", path);
			return a == null || b == null ? null : new BetaPrior(a, b);
		}
		BigDecimal p = positive(node, "probability", path);
		BigDecimal w = positive(node, "weight", path);
		if (p != null && p.compareTo(BigDecimal.ONE) >= 0) {
			this.fields.error(path + ".probability", "must be < 1");
			return null;
		}
		return p == null || w == null ? null : BetaPrior.ofProbability(p, w);
	}

	private BigDecimal positive(Map<String, Object> node, String key, String path) {
		int before = this.fields.errors().size();
		BigDecimal value = this.fields.decimal(node, key, path, null, BigDecimal.ZERO);
		if (this.fields.errors().size() > before) {
			return null;
		}
		if (value.signum() == 0) {
			this.fields.error(path + "." + key, "must be > 0");
			return null;
		}
		return value;
	}

}
