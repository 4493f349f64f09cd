package fr.relance.support.batch;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.batch.core.step.StepExecution;

/**
 * One row of the run summary: a stage and what it did over the whole night (every
 * attempt), and what ops must look at.
 *
 * @param seconds time spent in the stage, every attempt included
 * @param figures named counts of the stage (e.g. {@code unmatchedReturns}), each the rows
 * of the report it summarises
 */
public record StageLine(String stage, String status, long read, long written, long rejected, BigDecimal seconds,
		String note, List<String> alerts, Map<String, Long> figures) {

	public StageLine {
		alerts = List.copyOf(alerts);
		figures = Collections.unmodifiableMap(new TreeMap<>(figures));
	}

	/**
	 * The stage over all its executions of the night, oldest first: read and written
	 * counts and time are summed (a restarted step starts them from zero); status, note,
	 * alerts, refusals and figures are the last execution's, whose execution context
	 * carries over what the earlier attempts recorded.
	 */
	static StageLine of(List<StepExecution> attempts) {
		StepExecution last = attempts.get(attempts.size() - 1);
		long read = 0;
		long written = 0;
		long skipped = 0;
		long millis = 0;
		for (StepExecution step : attempts) {
			read += step.getReadCount();
			written += step.getWriteCount();
			skipped += step.getSkipCount();
			LocalDateTime start = step.getStartTime();
			LocalDateTime end = step.getEndTime() != null ? step.getEndTime() : LocalDateTime.now();
			millis += start == null ? 0 : Duration.between(start, end).toMillis();
		}
		return new StageLine(last.getStepName(), last.getStatus().name(), read, written,
				StageReport.rejected(last) - last.getSkipCount() + skipped,
				BigDecimal.valueOf(millis, 3).setScale(1, RoundingMode.HALF_UP), StageReport.note(last),
				StageReport.alerts(last), StageReport.figures(last));
	}

	/** A stage that has not run in this instance (the job stopped before it). */
	static StageLine notRun(String stage) {
		return new StageLine(stage, "NOT_RUN", 0, 0, 0, BigDecimal.ZERO.setScale(1), "", List.of(), Map.of());
	}

	/**
	 * The stage over every establishment's night of a date, each line labelled with its
	 * establishment: counts, time and figures summed, alerts listed, the worst status
	 * (FAILED, then STARTED, then NOT_RUN), and the notes one by one with their
	 * establishment when there is more than one.
	 */
	static StageLine total(String stage, List<String> labels, List<StageLine> lines) {
		if (lines.size() == 1) {
			return lines.get(0);
		}
		long read = 0;
		long written = 0;
		long rejected = 0;
		BigDecimal seconds = BigDecimal.ZERO.setScale(1);
		List<String> alerts = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		Map<String, Long> figures = new TreeMap<>();
		for (int i = 0; i < lines.size(); i++) {
			StageLine line = lines.get(i);
			read += line.read();
			written += line.written();
			rejected += line.rejected();
			seconds = seconds.add(line.seconds());
			alerts.addAll(line.alerts());
			if (!line.note().isBlank()) {
				notes.add(labels.get(i) + ": " + line.note());
			}
			line.figures().forEach((name, value) -> figures.merge(name, value, Long::sum));
		}
		return new StageLine(stage, worst(lines), read, written, rejected, seconds, String.join("; ", notes), alerts,
				figures);
	}

	private static String worst(List<StageLine> lines) {
		for (String status : List.of("FAILED", "STARTED", "NOT_RUN")) {
			if (lines.stream().anyMatch((l) -> l.status().equals(status))) {
				return status;
			}
		}
		return lines.isEmpty() ? "NOT_RUN" : lines.get(0).status();
	}

	/**
	 * The same stage with other figures, as restated from a durable record (e.g. the file
	 * registry).
	 */
	public StageLine restated(long read, long written, long rejected, String note, Map<String, Long> figures) {
		return new StageLine(stage, status, read, written, rejected, seconds, note, alerts, figures);
	}

	boolean refusedInput() {
		return rejected > 0;
	}

}
