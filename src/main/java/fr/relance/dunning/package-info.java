/**
 * The dunning decision: for one case (a patient's open patient parts at one
 * establishment), given the run date, the scenario and the settings,
 * {@link fr.relance.dunning.DunningPolicy} says what to do tonight and why. It owns the
 * eligibility gates, the value (stamp-cost) rule, the contact limits and the R124-4
 * first-letter rule. Pure Java: the case snapshot comes in as records built by the
 * database layer, the decision goes out as a record carrying every reason and the
 * arithmetic, to be stored by the recording step; nothing here reads a clock or a
 * database.
 */
package fr.relance.dunning;
