package fr.relance.dunning.calibration;

import java.math.BigDecimal;

import fr.relance.dunning.scenario.BetaPrior;

/**
 * Result of one update, with the intermediate figures so that a report can show how the
 * uplift was obtained.
 *
 * @param baseRate estimated payment rate without action
 * @param creditedPayments payments among the acted cases credited to the action (acted
 * payments minus what the base rate predicts, kept within 0 and the number of actions)
 * @param posterior the updated belief, usable as next period's prior
 * @param uplift mean of the posterior, four decimals
 */
public record Calibration(BigDecimal baseRate, BigDecimal creditedPayments, BetaPrior posterior, BigDecimal uplift) {
}
