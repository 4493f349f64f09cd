package fr.relance.output;

/**
 * An action that could not be sent tonight; it stays planned, so it goes out the night
 * its cause is fixed.
 *
 * @param reference the action's reference (no personal data)
 * @param reason what stops it, in French, for ops and for the establishment
 */
public record NotEmitted(String finess, String reference, String stepId, String reason) {
}
