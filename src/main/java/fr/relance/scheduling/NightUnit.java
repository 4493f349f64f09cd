package fr.relance.scheduling;

import java.time.LocalDate;

/**
 * The night of one establishment on one date: intake, ingest, reconcile, dunning, output
 * and its own report. It is the unit of work, of restart and of locking; a failed unit
 * never stops another establishment's.
 */
public record NightUnit(LocalDate runDate, String finess) {

	@Override
	public String toString() {
		return finess + "@" + runDate;
	}

}
