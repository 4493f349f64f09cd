package fr.relance.dunning.stage;

/** Queries the decisions CSV tests and benchmark compare with. */
public final class DecisionsCsvQueries {

	/**
	 * The query of dunning-decisions.csv before #17: the decision in force looked up case
	 * by case.
	 */
	public static final String BEFORE = """
			SELECT c.finess, d.case_id, repeat('*', length(p.external_id) - least(4, length(p.external_id) / 2))
			       || right(p.external_id, least(4, length(p.external_id) / 2)) AS patient, DATE '%1$s' AS run_date,
			       d.outcome, d.step_id, d.channel,
			       d.balance, d.band, a.uplift, a.cost, a.expected_gain, d.cost_avoided,
			       CASE WHEN d.human_review THEN 'yes' ELSE 'no' END AS human_review, d.next_review,
			       array_to_string(d.codes, '|') AS reasons, d.scenario_version, a.id AS action_id,
			       d.run_date AS decided_on
			FROM dunning_decision_in_force(DATE '%1$s') d
			JOIN dunning_case c ON c.id = d.case_id
			JOIN patient p ON p.id = c.patient_id
			LEFT JOIN dunning_action a ON a.id = d.action_id AND d.run_date = DATE '%1$s'
			ORDER BY c.finess, d.case_id""";

	private DecisionsCsvQueries() {
	}

}
