package fr.relance.dunning.stage;

/**
 * What one establishment's night did.
 *
 * @param cases open cases decided (a case already decided that night is not decided again)
 * @param planned actions planned (steps taken and write-off proposals)
 * @param suppressed planned actions cancelled because the case no longer warrants them
 */
public record EstablishmentNight(String finess, long cases, int planned, int suppressed) {
}
