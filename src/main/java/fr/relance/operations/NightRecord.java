package fr.relance.operations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One night as its run summary ({@code <out>/<date>/run-summary.json}) tells it.
 *
 * @param seconds time spent in its stages over every attempt
 * @param alerts what ops must act on although the night completed, each prefixed by its
 * stage
 * @param unfinished the establishments whose night did not complete, each as "FINESS
 * STATUS at STAGE"
 */
public record NightRecord(LocalDate date, String status, int attempts, BigDecimal seconds, List<Stage> stages,
		List<String> alerts, List<String> unfinished) {

	public NightRecord {
		stages = List.copyOf(stages);
		alerts = List.copyOf(alerts);
		unfinished = List.copyOf(unfinished);
	}

	public boolean completed() {
		return "COMPLETED".equals(status);
	}

	/** One stage of the night: its counts and its named figures. */
	public record Stage(String name, String status, long read, long written, long rejected, BigDecimal seconds,
			Map<String, Long> figures) {
	}

}
