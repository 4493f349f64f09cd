package fr.relance.support.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What a stage tells the run summary beyond Spring Batch's counters: rows or files it
 * refused, named figures, a one-line note, and alerts for ops. Kept in the step's
 * execution context, which a restarted step takes over from its failed attempt: what is
 * added here counts for the whole night, every attempt included.
 */
public final class StageReport {

	static final String REJECTED = "relance.rejected";

	static final String NOTE = "relance.note";

	static final String REFUSED_INPUT = "relance.refusedInput";

	static final String ALERTS = "relance.alerts";

	static final String FIGURE = "relance.figure.";

	private StageReport() {
	}

	/**
	 * Adds refused items (rows, files); any refusal makes the run end with exit status 3.
	 */
	public static void addRejected(StepExecution step, long count) {
		ExecutionContext context = step.getExecutionContext();
		context.putLong(REJECTED, context.getLong(REJECTED, 0L) + count);
		if (count > 0) {
			context.put(REFUSED_INPUT, Boolean.TRUE);
		}
	}

	/**
	 * Counts for stages that are not chunk-oriented (tasklets): items read and written.
	 */
	public static void addCounts(StepExecution step, long read, long written) {
		step.setReadCount(step.getReadCount() + read);
		step.setWriteCount(step.getWriteCount() + written);
	}

	/**
	 * Adds to a named figure of the whole night (e.g. files refused at import); returns
	 * its new value.
	 */
	public static long addFigure(StepExecution step, String name, long count) {
		ExecutionContext context = step.getExecutionContext();
		long value = context.getLong(FIGURE + name, 0L) + count;
		context.putLong(FIGURE + name, value);
		return value;
	}

	/**
	 * Sets a figure that is a standing count rather than a sum (e.g. rows of a report
	 * rewritten every night).
	 */
	public static void setFigure(StepExecution step, String name, long value) {
		step.getExecutionContext().putLong(FIGURE + name, value);
	}

	/** A figure of the whole night so far, 0 when never set. */
	public static long figure(StepExecution step, String name) {
		return step.getExecutionContext().getLong(FIGURE + name, 0L);
	}

	static Map<String, Long> figures(StepExecution step) {
		Map<String, Long> figures = new TreeMap<>();
		for (Map.Entry<String, Object> e : step.getExecutionContext().entrySet()) {
			if (e.getKey().startsWith(FIGURE) && e.getValue() instanceof Number n) {
				figures.put(e.getKey().substring(FIGURE.length()), n.longValue());
			}
		}
		return figures;
	}

	public static void note(StepExecution step, String note) {
		step.getExecutionContext().putString(NOTE, note);
	}

	/**
	 * Something ops must act on although the stage completed (printed under "Alerts" and
	 * in the JSON summary).
	 */
	public static void alert(StepExecution step, String alert) {
		List<String> alerts = new ArrayList<>(alerts(step));
		if (!alerts.contains(alert)) {
			alerts.add(alert);
		}
		step.getExecutionContext().putString(ALERTS, String.join("\n", alerts));
	}

	public static List<String> alerts(StepExecution step) {
		ExecutionContext context = step.getExecutionContext();
		return context.containsKey(ALERTS) ? List.of(context.getString(ALERTS).split("\n")) : List.of();
	}

	static long rejected(StepExecution step) {
		return step.getExecutionContext().getLong(REJECTED, 0L) + step.getSkipCount();
	}

	static String note(StepExecution step) {
		return step.getExecutionContext().containsKey(NOTE) ? step.getExecutionContext().getString(NOTE) : "";
	}

}
