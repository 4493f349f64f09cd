package fr.relance.dunning.stage;

import java.time.LocalDate;

/**
 * An establishment's night cannot be decided once a later night is: its decisions would
 * replace newer ones with older data. Usually the later night was run by mistake with a
 * wrong {@code --date}: {@code forget-night} removes it.
 */
final class LaterNightDecided {

	private LaterNightDecided() {
	}

	static String message(String finess, LocalDate runDate, LocalDate later) {
		return "dunning of establishment " + finess + " on " + runDate + " refused: the later night " + later
				+ " was decided already. If " + later + " was run by mistake, remove it with 'ops/relance forget-night"
				+ " --date " + later
				+ "' (ops/README.md, \"A night run with a wrong date\"), then run this night again";
	}

}
