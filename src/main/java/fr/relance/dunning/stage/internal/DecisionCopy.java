package fr.relance.dunning.stage.internal;

import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import fr.relance.dunning.DunningDecision;
import fr.relance.dunning.Outcome;
import fr.relance.dunning.Reason;
import fr.relance.dunning.ValueCheck;
import fr.relance.dunning.scenario.Scenario;
import fr.relance.dunning.scenario.ScenarioStep;

/**
 * Writes the night's decisions into the working table {@code dunning_night_decision} with COPY, a few megabytes at
 * a time: a million rows go in seconds where a million INSERTs would take minutes. Rows are CSV, built by
 * {@link #append} on any thread and sent by {@link #send} on the connection's thread.
 */
public final class DecisionCopy {

	private static final String COPY = """
			COPY dunning_night_decision (case_id, outcome, step_id, step_number, channel, balance, band, uplift, cost,
			    expected_gain, cost_avoided, codes, reasons, arithmetic, not_before, next_review, human_review,
			    quotes_reference, passed_over, open_parts, hold, fingerprint) FROM STDIN WITH (FORMAT csv)""";

	private static final int FLUSH_CHARS = 4 << 20;

	private static final BigDecimal NO_GAIN = BigDecimal.ZERO.setScale(2);

	private final CopyManager copy;

	private final Scenario scenario;

	public DecisionCopy(Handle handle, Scenario scenario) {
		try {
			this.copy = handle.getConnection().unwrap(PGConnection.class).getCopyAPI();
		}
		catch (SQLException e) {
			throw new IllegalStateException("COPY needs a PostgreSQL connection", e);
		}
		this.scenario = scenario;
	}

	/** Whether rows appended by {@link #append} are worth a COPY of their own. */
	public static boolean full(StringBuilder rows) {
		return rows.length() >= FLUSH_CHARS;
	}

	/**
	 * Appends one decision's row to {@code rows}; any thread may build rows, since this touches no connection.
	 * {@code openParts} is the number of open parts of the case (0 closes it).
	 */
	public void append(StringBuilder rows, DunningDecision d, int openParts) {
		ScenarioStep step = d.stepId() == null ? null : this.scenario.step(d.stepId());
		boolean plans = step != null && (d.outcome() == Outcome.ACT || d.outcome() == Outcome.WRITE_OFF_PROPOSAL);
		ValueCheck value = d.outcome() == Outcome.ACT ? d.value() : null;
		List<String> codes = d.reasons().stream().map((r) -> r.code().name()).toList();
		CsvRow row = new CsvRow(rows);
		row.number(Long.parseLong(d.caseId())).text(d.outcome().name()).text(d.stepId())
			.number(step == null ? null : step.index() + 1)
			.text(d.channel() == null ? null : d.channel().name())
			.number(d.balance()).text(d.band())
			.number(value == null ? null : value.uplift())
			.number(plans ? (value != null ? value.cost() : step.cost().total()) : null)
			.number(plans ? (value != null ? value.expectedGain() : NO_GAIN) : null)
			.number(d.costAvoided())
			.array(codes)
			.text(d.reasons().stream().map(Reason::toString).collect(Collectors.joining("\n")))
			.text(d.valueChecks().stream().map(ValueCheck::arithmetic).collect(Collectors.joining("\n")))
			.text(d.notBefore() == null ? null : d.notBefore().toOffsetDateTime().toString())
			.text(d.nextReview() == null ? null : d.nextReview().toString())
			.text(Boolean.toString(d.humanReview()))
			.text(d.firstLetter() == null ? null : d.firstLetter().reference())
			.array(d.passedOverSteps())
			.number(openParts)
			.text(d.outcome() == Outcome.BLOCKED ? holds(d.reasons()) : null)
			.text(Fingerprint.of(d.outcome().name(), d.stepId(), d.channel() == null ? null : d.channel().name(),
					d.balance(), d.band(), codes, d.humanReview(), d.nextReview(), this.scenario.version(),
					d.costAvoided()).toString())
			.end();
	}

	/** Sends rows built by {@link #append}, on the connection's thread. */
	public void send(CharSequence rows) {
		if (rows.length() == 0) {
			return;
		}
		try {
			this.copy.copyIn(COPY, new StringReader(rows.toString()), 1 << 16);
		}
		catch (SQLException | java.io.IOException e) {
			throw new IllegalStateException("cannot copy the night's decisions: " + e.getMessage(), e);
		}
	}

	private static String holds(List<Reason> reasons) {
		return reasons.stream()
			.filter((r) -> r.code().holdsCase())
			.map(Reason::toString)
			.collect(Collectors.joining("; "));
	}

}
