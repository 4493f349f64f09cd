/**
 * Recovery uplifts used by the value rule: the scenario's priors, and their Beta-binomial
 * update from observed outcomes per establishment, step and amount band. Pure arithmetic
 * on {@link java.math.BigDecimal}; the counts come from the database layer.
 */
package fr.relance.dunning.calibration;
