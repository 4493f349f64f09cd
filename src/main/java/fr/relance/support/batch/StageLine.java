package fr.relance.support.batch;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.batch.core.step.StepExecution;

/** One row of the run summary: a stage and what it did, and what ops must look at. */
public record StageLine(String stage, String status, long read, long written, long rejected, BigDecimal seconds,
		String note, List<String> alerts) {

	public StageLine {
		alerts = List.copyOf(alerts);
	}

	static StageLine of(StepExecution step) {
		LocalDateTime start = step.getStartTime();
		LocalDateTime end = step.getEndTime() != null ? step.getEndTime() : LocalDateTime.now();
		long millis = start == null ? 0 : Duration.between(start, end).toMillis();
		return new StageLine(step.getStepName(), step.getStatus().name(), step.getReadCount(), step.getWriteCount(),
				StageReport.rejected(step), BigDecimal.valueOf(millis, 3).setScale(1, RoundingMode.HALF_UP),
				StageReport.note(step), StageReport.alerts(step));
	}

	/** A stage that has not run in this instance (the job stopped before it). */
	static StageLine notRun(String stage) {
		return new StageLine(stage, "NOT_RUN", 0, 0, 0, BigDecimal.ZERO.setScale(1), "", List.of());
	}

	boolean refusedInput() {
		return rejected > 0;
	}

}
