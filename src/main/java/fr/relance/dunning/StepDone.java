package fr.relance.dunning;

import java.time.LocalDate;

/**
 * A scenario step already dealt with on this case: taken on {@code on}, or passed over on
 * {@code on} (the value rule chose a cheaper later step, or the ladder ended). Either way
 * it is never offered again.
 */
public record StepDone(String stepId, LocalDate on, boolean passedOver) {
}
