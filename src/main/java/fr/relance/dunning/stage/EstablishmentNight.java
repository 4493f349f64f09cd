package fr.relance.dunning.stage;

/**
 * What one establishment's night did.
 *
 * @param cases open cases decided (none when the establishment's night had already been
 * decided)
 * @param planned actions planned (steps taken and write-off proposals)
 * @param suppressed planned actions cancelled because the case no longer warrants them
 */
public record EstablishmentNight(String finess, long cases, int planned, int suppressed) {

	/** A night found already decided: nothing was decided again. */
	static EstablishmentNight alreadyDecided(String finess) {
		return new EstablishmentNight(finess, 0, 0, 0);
	}

}
