package fr.relance.dunning.stage.internal;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;

import fr.relance.dunning.DunningDecision;
import fr.relance.dunning.Outcome;
import fr.relance.dunning.Reason;
import fr.relance.dunning.ValueCheck;
import fr.relance.dunning.scenario.Scenario;
import fr.relance.dunning.scenario.ScenarioStep;
import fr.relance.support.db.BinaryCopyWriter;
import fr.relance.support.db.BinaryRows;

/**
 * Writes the night's decisions into the working table {@code dunning_night_decision} with
 * a binary COPY, a few megabytes at a time: a million rows go in seconds where a million
 * INSERTs would take minutes. Rows are built by {@link #append} on any thread, into
 * buffers from {@link #buffer}, and sent by {@link #send} on the connection's thread.
 */
public final class DecisionRows implements AutoCloseable {

	private static final List<String> COLUMNS = List.of("case_id", "outcome", "step_id", "step_number", "channel",
			"balance", "band", "uplift", "cost", "expected_gain", "cost_avoided", "codes", "reasons", "arithmetic",
			"not_before", "next_review", "human_review", "quotes_reference", "passed_over", "open_parts", "hold",
			"fingerprint");

	private static final int FLUSH_BYTES = 4 << 20;

	private static final BigDecimal NO_GAIN = BigDecimal.ZERO.setScale(2);

	private final BinaryCopyWriter copy;

	private final Scenario scenario;

	public DecisionRows(Handle handle, Scenario scenario) {
		this.copy = BinaryCopyWriter.into(handle.getConnection(), "dunning_night_decision", COLUMNS);
		this.scenario = scenario;
	}

	/** An empty buffer of rows, for {@link #append} on any thread. */
	public BinaryRows buffer() {
		return this.copy.rows(FLUSH_BYTES + (64 << 10));
	}

	/** Whether rows appended by {@link #append} are worth a COPY of their own. */
	public static boolean full(BinaryRows rows) {
		return rows.size() >= FLUSH_BYTES;
	}

	/**
	 * Appends one decision's row to {@code rows}; any thread may build rows, since this
	 * touches no connection. {@code openParts} is the number of open parts of the case (0
	 * closes it).
	 */
	public void append(BinaryRows rows, DunningDecision d, int openParts) {
		ScenarioStep step = d.stepId() == null ? null : this.scenario.step(d.stepId());
		boolean plans = step != null && (d.outcome() == Outcome.ACT || d.outcome() == Outcome.WRITE_OFF_PROPOSAL);
		ValueCheck value = d.outcome() == Outcome.ACT ? d.value() : null;
		List<String> codes = d.reasons().stream().map((r) -> r.code().name()).toList();
		rows.row()
			.bigint(Long.parseLong(d.caseId()))
			.text(d.outcome().name())
			.text(d.stepId())
			.integer(step == null ? null : step.index() + 1)
			.text(d.channel() == null ? null : d.channel().name())
			.numeric(d.balance())
			.text(d.band())
			.numeric(value == null ? null : value.uplift())
			.numeric(plans ? (value != null ? value.cost() : step.cost().total()) : null)
			.numeric(plans ? (value != null ? value.expectedGain() : NO_GAIN) : null)
			.numeric(d.costAvoided())
			.textArray(codes)
			.text(d.reasons().stream().map(Reason::toString).collect(Collectors.joining("\n")))
			.text(d.valueChecks().stream().map(ValueCheck::arithmetic).collect(Collectors.joining("\n")))
			.timestamp(d.notBefore() == null ? null : d.notBefore().toInstant())
			.date(d.nextReview())
			.bool(d.humanReview())
			.text(d.firstLetter() == null ? null : d.firstLetter().reference())
			.textArray(d.passedOverSteps())
			.integer(openParts)
			.text(d.outcome() == Outcome.BLOCKED ? holds(d.reasons()) : null)
			.uuid(Fingerprint.of(d.outcome().name(), d.stepId(), d.channel() == null ? null : d.channel().name(),
					d.balance(), d.band(), codes, d.humanReview(), d.nextReview(), this.scenario.version(),
					d.costAvoided()));
	}

	/**
	 * Sends rows built by {@link #append}, on the connection's thread, and empties the
	 * buffer.
	 */
	public void send(BinaryRows rows) {
		try {
			this.copy.send(rows);
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot copy the night's decisions: " + e.getMessage(), e);
		}
	}

	/** Abandons a COPY a failure left open, so that the connection can roll back. */
	@Override
	public void close() {
		try {
			this.copy.close();
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot abandon the copy of the night's decisions: " + e.getMessage(), e);
		}
	}

	private static String holds(List<Reason> reasons) {
		return reasons.stream()
			.filter((r) -> r.code().holdsCase())
			.map(Reason::toString)
			.collect(Collectors.joining("; "));
	}

}
