package fr.relance.dunning.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and checks the {@code steps} list of a scenario, including the ladder-wide legal rules. */
final class StepReader {

	private static final BigDecimal ZERO = BigDecimal.ZERO;

	private final ScenarioFields fields;

	private final List<AmountBand> bands;

	StepReader(ScenarioFields fields, List<AmountBand> bands) {
		this.fields = fields;
		this.bands = bands;
	}

	List<ScenarioStep> steps(List<?> nodes) {
		if (nodes.isEmpty()) {
			this.fields.error("steps", "at least one step is required");
		}
		List<ScenarioStep> steps = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < nodes.size(); i++) {
			ScenarioStep step = step(i, this.fields.map(nodes.get(i), "steps[" + i + "]"));
			if (!step.id().isEmpty() && !ids.add(step.id())) {
				this.fields.error("steps[" + i + "].id", "duplicate step id '" + step.id() + "'");
			}
			steps.add(step);
		}
		ladderRules(steps);
		return steps;
	}

	/** CPCE R124-4: the first contact is the letter; a write-off proposal can only end the ladder. */
	private void ladderRules(List<ScenarioStep> steps) {
		if (!steps.isEmpty() && steps.get(0).channel() != null && steps.get(0).channel() != Channel.LETTER) {
			this.fields.error("steps[0].channel",
					"the first contact must be the CPCE R124-4 letter (LETTER), not " + steps.get(0).channel());
		}
		if (!steps.isEmpty() && steps.get(0).delay().after() == DelayAnchor.PREVIOUS_STEP) {
			this.fields.error("steps[0].delay.after", "the first step counts from DUE_DATE");
		}
		for (int i = 0; i < steps.size() - 1; i++) {
			if (steps.get(i).channel() == Channel.WRITE_OFF_PROPOSAL) {
				this.fields.error("steps[" + i + "].channel", "WRITE_OFF_PROPOSAL can only be the last step");
			}
		}
	}

	private ScenarioStep step(int index, Map<String, Object> node) {
		String path = "steps[" + index + "]";
		this.fields.onlyKeys(node, path, "id", "channel", "delay", "minimumBalance", "cost", "uplift");
		String id = this.fields.text(node, "id", path);
		Channel channel = this.fields.choice(node, "channel", path, Channel.class, null);
		Map<String, Object> delayNode = this.fields.map(node.get("delay"), path + ".delay");
		this.fields.onlyKeys(delayNode, path + ".delay", "days", "after");
		int days = this.fields.integer(delayNode, "days", path + ".delay", 0);
		DelayAnchor after = this.fields.choice(delayNode, "after", path + ".delay", DelayAnchor.class,
				DelayAnchor.PREVIOUS_STEP);
		BigDecimal minimum = this.fields.decimal(node, "minimumBalance", path, ZERO, ZERO);
		StepCost cost = cost(this.fields.map(node.get("cost"), path + ".cost"), path + ".cost");
		Map<String, BetaPrior> uplift = channel == Channel.WRITE_OFF_PROPOSAL && !node.containsKey("uplift") ? Map.of()
				: uplift(this.fields.map(node.get("uplift"), path + ".uplift"), path + ".uplift");
		return new ScenarioStep(index, id, channel, new StepDelay(Math.max(days, 0), after), minimum, cost, uplift);
	}

	private StepCost cost(Map<String, Object> node, String path) {
		this.fields.onlyKeys(node, path, "stamp", "print", "enveloping", "sms", "registeredLetter", "operatorMinutes",
				"hourlyCost", "other");
		StepCost cost = new StepCost(part(node, "stamp", path), part(node, "print", path),
				part(node, "enveloping", path), part(node, "sms", path), part(node, "registeredLetter", path),
				part(node, "operatorMinutes", path), part(node, "hourlyCost", path), part(node, "other", path));
		if (cost.operatorMinutes().signum() > 0 && cost.hourlyCost().signum() == 0) {
			this.fields.error(path + ".hourlyCost", "is required when operatorMinutes is set");
		}
		return cost;
	}

	private BigDecimal part(Map<String, Object> node, String key, String path) {
		return this.fields.decimal(node, key, path, ZERO, ZERO);
	}

	/** One prior per band, as {alpha, beta} or {probability, weight}. */
	private Map<String, BetaPrior> uplift(Map<String, Object> node, String path) {
		Map<String, BetaPrior> priors = new HashMap<>();
		for (String key : node.keySet()) {
			if (this.bands.stream().noneMatch((b) -> b.name().equals(String.valueOf(key)))) {
				this.fields.error(ScenarioFields.at(path, String.valueOf(key)), "unknown band");
			}
		}
		for (AmountBand band : this.bands) {
			String bandPath = ScenarioFields.at(path, band.name());
			if (!node.containsKey(band.name())) {
				this.fields.error(bandPath, "is required (every band needs a prior)");
				continue;
			}
			BetaPrior prior = new PriorReader(this.fields).prior(this.fields.map(node.get(band.name()), bandPath),
					bandPath);
			if (prior != null) {
				priors.put(band.name(), prior);
			}
		}
		return priors;
	}

}
