package fr.relance.dunning.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import fr.relance.support.config.YamlMap;

/**
 * Reads and checks the {@code steps} list of a scenario, including the ladder-wide legal
 * rules.
 */
final class StepReader {

	private static final BigDecimal ZERO = BigDecimal.ZERO;

	private final List<AmountBand> bands;

	StepReader(List<AmountBand> bands) {
		this.bands = bands;
	}

	List<ScenarioStep> steps(YamlMap root) {
		List<YamlMap> nodes = root.requiredMaps("steps");
		if (nodes.isEmpty() && root.has("steps")) {
			root.error("steps", "at least one step is required");
		}
		List<ScenarioStep> steps = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < nodes.size(); i++) {
			ScenarioStep step = step(i, nodes.get(i));
			if (!step.id().isEmpty() && !ids.add(step.id())) {
				nodes.get(i).error("id", "duplicate step id '" + step.id() + "'");
			}
			steps.add(step);
		}
		ladderRules(steps, nodes);
		return steps;
	}

	/**
	 * CPCE R124-4: the first contact is the letter; a write-off proposal can only end the
	 * ladder.
	 */
	private void ladderRules(List<ScenarioStep> steps, List<YamlMap> nodes) {
		if (!steps.isEmpty() && steps.get(0).channel() != null && steps.get(0).channel() != Channel.LETTER) {
			nodes.get(0)
				.error("channel",
						"the first contact must be the CPCE R124-4 letter (LETTER), not " + steps.get(0).channel());
		}
		if (!steps.isEmpty() && steps.get(0).delay().after() == DelayAnchor.PREVIOUS_STEP) {
			YamlMap delay = nodes.get(0).map("delay");
			(delay == null ? nodes.get(0) : delay).error(delay == null ? "delay.after" : "after",
					"the first step counts from DUE_DATE");
		}
		for (int i = 0; i < steps.size() - 1; i++) {
			if (steps.get(i).channel() == Channel.WRITE_OFF_PROPOSAL) {
				nodes.get(i).error("channel", "WRITE_OFF_PROPOSAL can only be the last step");
			}
		}
	}

	private ScenarioStep step(int index, YamlMap node) {
		node.onlyKeys("id", "channel", "delay", "minimumBalance", "cost", "uplift");
		String id = Objects.requireNonNullElse(node.required("id"), "");
		Channel channel = node.choice("channel", Channel.class, null);
		YamlMap delay = node.requiredMap("delay");
		delay.onlyKeys("days", "after");
		int days = Objects.requireNonNullElse(delay.integerAtLeast("days", 0), 0);
		DelayAnchor after = delay.choice("after", DelayAnchor.class, DelayAnchor.PREVIOUS_STEP);
		BigDecimal minimum = Objects.requireNonNullElse(node.decimalAtLeast("minimumBalance", ZERO, ZERO), ZERO);
		StepCost cost = cost(node.requiredMap("cost"));
		Map<String, BetaPrior> uplift = channel == Channel.WRITE_OFF_PROPOSAL && !node.has("uplift") ? Map.of()
				: uplift(node.requiredMap("uplift"));
		return new ScenarioStep(index, id, channel, new StepDelay(days, after), minimum, cost, uplift);
	}

	private StepCost cost(YamlMap node) {
		node.onlyKeys("stamp", "print", "enveloping", "sms", "registeredLetter", "operatorMinutes", "hourlyCost",
				"other");
		StepCost cost = new StepCost(part(node, "stamp"), part(node, "print"), part(node, "enveloping"),
				part(node, "sms"), part(node, "registeredLetter"), part(node, "operatorMinutes"),
				part(node, "hourlyCost"), part(node, "other"));
		if (cost.operatorMinutes().signum() > 0 && cost.hourlyCost().signum() == 0) {
			node.error("hourlyCost", "is required when operatorMinutes is set");
		}
		return cost;
	}

	private static BigDecimal part(YamlMap node, String key) {
		return Objects.requireNonNullElse(node.decimalAtLeast(key, ZERO, ZERO), ZERO);
	}

	/** One prior per band, as {alpha, beta} or {probability, weight}. */
	private Map<String, BetaPrior> uplift(YamlMap node) {
		Map<String, BetaPrior> priors = new HashMap<>();
		for (String key : node.keys()) {
			if (this.bands.stream().noneMatch((b) -> b.name().equals(key))) {
				node.error(key, "unknown band");
			}
		}
		for (AmountBand band : this.bands) {
			if (!node.has(band.name())) {
				node.error(band.name(), "is required (every band needs a prior)");
				continue;
			}
			BetaPrior prior = PriorReader.prior(node.map(band.name()));
			if (prior != null) {
				priors.put(band.name(), prior);
			}
		}
		return priors;
	}

}
