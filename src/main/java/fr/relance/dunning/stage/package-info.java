/**
 * The dunning stage of the nightly job: for every configured establishment, it groups
 * each patient's open patient parts into a case, builds the case snapshots from the
 * database in one set-based query, runs the pure {@link fr.relance.dunning.DunningPolicy}
 * with the establishment's scenario and calibrated uplifts, and records the night: every
 * decision with its reasons ({@code dunning_decision}: a row the night a case's decision
 * changes, the last one staying in force until then,
 * {@code dunning_case.last_decision_id}), the actions planned exactly once per case and
 * step ({@code dunning_action}, left {@code planned} for the output stage), the steps
 * passed over, and the planned actions a payment or a gate has made pointless
 * ({@code suppressed}). It also writes the night's decisions and calibration as CSV under
 * {@code <out>/<date>/}, and explains a patient's history ({@link DecisionExplainer}).
 * SQL and JDBC details live in {@code internal}.
 */
package fr.relance.dunning.stage;
