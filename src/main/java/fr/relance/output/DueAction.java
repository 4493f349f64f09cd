package fr.relance.output;

import java.math.BigDecimal;
import java.time.LocalDate;

import fr.relance.dunning.scenario.Channel;

/**
 * A dunning action planned and not emitted yet, on a case still open.
 *
 * @param plannedOn the night it was planned (an earlier night when that night's output
 * failed or was capped)
 * @param quotesReference the first letter a later step must quote (CPCE R124-4), null for
 * the first letter
 */
public record DueAction(long id, long caseId, String reference, String stepId, Channel channel, LocalDate plannedOn,
		BigDecimal expectedGain, String quotesReference) {
}
