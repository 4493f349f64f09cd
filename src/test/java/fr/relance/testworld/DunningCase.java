package fr.relance.testworld;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A dunning case of a {@link Patient}, with the actions and decisions of past nights. */
public final class DunningCase {

	private final World world;

	private final long id;

	DunningCase(World world, long id) {
		this.world = world;
		this.id = id;
	}

	public long id() {
		return this.id;
	}

	/**
	 * A past first letter (scenario private-clinic-2026.2), emitted on {@code on}, for a
	 * balance in {@code band}.
	 */
	public DunningCase emittedFirstLetter(String band, LocalDate on) {
		this.world.dao.emittedFirstLetter(this.id, band, on);
		return this;
	}

	/**
	 * A past night when the first letter was due but held back (a control case of the
	 * calibration).
	 */
	public DunningCase heldBackFirstLetter(String band, LocalDate on) {
		this.world.dao.heldBackFirstLetter(this.id, band, on);
		return this;
	}

	/**
	 * An action of step {@code step} planned on {@code planned}; emitted on
	 * {@code emitted} when not null, else suppressed with {@code suppressedReason} when
	 * that is not null, else left planned.
	 */
	public DunningCase action(int step, String channel, String balance, String cost, LocalDate planned,
			LocalDate emitted, String suppressedReason) {
		String status = emitted != null ? "emitted" : suppressedReason != null ? "suppressed" : "planned";
		this.world.dao.action(this.id, step, channel, new BigDecimal(balance), new BigDecimal(cost), planned, status,
				suppressedReason, emitted);
		return this;
	}

	/**
	 * An action of step {@code step} ({@code stepId} in the scenario) that went out on
	 * {@code on}, as the output stage leaves it.
	 */
	public DunningCase emitted(int step, String stepId, String channel, String balance, LocalDate on) {
		this.world.dao.emitted(this.id, step, stepId, channel, new BigDecimal(balance), on);
		return this;
	}

	/** The night's decision on the case, with the cost the value rule avoided. */
	public DunningCase decision(LocalDate on, String outcome, String balance, String costAvoided) {
		this.world.dao.decision(this.id, on, outcome, new BigDecimal(balance), new BigDecimal(costAvoided));
		return this;
	}

}
