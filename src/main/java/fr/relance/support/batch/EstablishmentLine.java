package fr.relance.support.batch;

import java.math.BigDecimal;
import java.util.List;

/**
 * One establishment's night in the run summary.
 *
 * @param status its unit's status: COMPLETED, FAILED, STARTED (running, or left running
 * by a killed engine), NOT_RUN
 * @param attempt how many executions its night took
 * @param seconds time spent in its stages, every attempt included
 * @param stages its own stage lines, in pipeline order
 */
public record EstablishmentLine(String finess, String status, int attempt, BigDecimal seconds, List<StageLine> stages) {

	public EstablishmentLine {
		stages = List.copyOf(stages);
	}

	public boolean completed() {
		return "COMPLETED".equals(status);
	}

	/** The first stage that did not complete, or empty. */
	public String stoppedAt() {
		return stages.stream()
			.filter((s) -> !"COMPLETED".equals(s.status()))
			.map(StageLine::stage)
			.findFirst()
			.orElse("");
	}

}
