-- The decision in force on <night> for every case of an establishment decided that night, one set-based query
-- (dunning_decision_in_force() looks each case's decision up one by one). A case's decision in force is its last
-- decision (last_decision_id) when that one is not after the night, which is the case on the night itself; otherwise
-- (exporting an earlier night again) its latest decision up to the night. One recorded on an earlier night (unchanged
-- since) says so in decided_on, and had no action planned that night. Patient ids are masked.
WITH night_cases AS MATERIALIZED (
    SELECT c.id, c.finess, c.patient_id, l.id AS last_id
    FROM dunning_case c
    JOIN dunning_run r ON r.finess = c.finess AND r.run_date = <night>
    LEFT JOIN dunning_decision l ON l.id = c.last_decision_id AND l.run_date <= <night>
    WHERE c.opened_on <= <night> AND (c.closed_on IS NULL OR c.closed_on >= <night>)
), earlier AS (
    SELECT DISTINCT ON (x.case_id) x.case_id, x.id
    FROM dunning_decision x
    JOIN night_cases c ON c.id = x.case_id AND c.last_id IS NULL
    WHERE x.run_date <= <night>
    ORDER BY x.case_id, x.run_date DESC
)
SELECT c.finess, d.case_id, <masked> AS patient, <night> AS run_date, d.outcome, d.step_id, d.channel,
       d.balance, d.band, a.uplift, a.cost, a.expected_gain, d.cost_avoided,
       CASE WHEN d.human_review THEN 'yes' ELSE 'no' END AS human_review, d.next_review,
       array_to_string(d.codes, '|') AS reasons, d.scenario_version, a.id AS action_id,
       d.run_date AS decided_on
FROM night_cases c
LEFT JOIN earlier e ON e.case_id = c.id
JOIN dunning_decision d ON d.id = COALESCE(c.last_id, e.id)
JOIN patient p ON p.id = c.patient_id
LEFT JOIN dunning_action a ON a.id = d.action_id AND d.run_date = <night>
ORDER BY c.finess, d.case_id
