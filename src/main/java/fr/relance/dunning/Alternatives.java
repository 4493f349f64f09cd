package fr.relance.dunning;

import fr.relance.dunning.scenario.ScenarioStep;

/**
 * What the search among the remaining steps found: the cheapest usable step worth its
 * cost (ties go to the earlier step), whether any step would be worth it, and the
 * earliest-lifting wait among worthwhile steps that must wait.
 */
record Alternatives(ScenarioStep best, ValueCheck bestValue, boolean anyWorth, Reason waitingReason) {

	static final Alternatives NONE = new Alternatives(null, null, false, null);

	Alternatives consider(ScenarioStep step, ValueCheck check, Reason gate) {
		if (!check.clears()) {
			return this;
		}
		if (gate == null) {
			boolean cheaper = this.best == null || check.cost().compareTo(this.bestValue.cost()) < 0;
			return cheaper ? new Alternatives(step, check, true, this.waitingReason) : withWorth();
		}
		if (gate.code().kind() == ReasonCode.Kind.WAIT && earlier(gate, this.waitingReason)) {
			return new Alternatives(this.best, this.bestValue, true, gate);
		}
		return withWorth();
	}

	private Alternatives withWorth() {
		return new Alternatives(this.best, this.bestValue, true, this.waitingReason);
	}

	private static boolean earlier(Reason candidate, Reason current) {
		return current == null || (candidate.until() != null
				&& (current.until() == null || candidate.until().isBefore(current.until())));
	}

}
