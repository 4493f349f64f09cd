package fr.relance.dunning.stage;

import java.time.LocalDate;

/**
 * An establishment's night cannot be decided once a later night is: its decisions would replace newer ones with
 * older data. Usually the later night was run by mistake with a wrong {@code --date}; the runbook says how to remove
 * it.
 */
final class LaterNightDecided {

	private LaterNightDecided() {
	}

	static String message(String finess, LocalDate runDate, LocalDate later) {
		return "dunning of establishment " + finess + " on " + runDate + " refused: the later night " + later
				+ " was decided already. If " + later + " was run by mistake, remove its decisions as ops/README.md says"
				+ " (\"A night run with a wrong date\"), then run this night again";
	}

}
