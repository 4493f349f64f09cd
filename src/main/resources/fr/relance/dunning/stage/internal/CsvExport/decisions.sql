-- The decision in force on <night> for every case of an establishment decided that night, one set-based query
-- (dunning_decision_in_force() looks each case's decision up one by one). A case's decision in force is its last
-- decision (last_decision_id) when that one is not after the night, which is the case on the night itself; otherwise
-- (exporting an earlier night again) its latest decision up to the night. Each case's decision is read once, with the
-- columns the file shows: reading it once to choose and again for its columns cost a second million index probes at
-- 1M cases (ops/bench/dunning-bench.sh). One recorded on an earlier night (unchanged since) says so in decided_on, and
-- had no action planned that night. Patient ids are masked.
WITH night_cases AS (
    SELECT c.id, c.finess, c.patient_id, c.last_decision_id
    FROM dunning_case c
    JOIN dunning_run r ON r.finess = c.finess AND r.run_date = <night>
    WHERE c.opened_on <= <night> AND (c.closed_on IS NULL OR c.closed_on >= <night>)
), in_force AS (
    SELECT c.finess, c.patient_id, d.*
    FROM night_cases c
    JOIN dunning_decision d ON d.id = c.last_decision_id
    WHERE d.run_date <= <night>
    UNION ALL
    (SELECT DISTINCT ON (x.case_id) c.finess, c.patient_id, x.*
     FROM night_cases c
     JOIN dunning_decision l ON l.id = c.last_decision_id
     JOIN dunning_decision x ON x.case_id = c.id
     WHERE l.run_date > <night> AND x.run_date <= <night>
     ORDER BY x.case_id, x.run_date DESC)
)
SELECT d.finess, d.case_id, <masked> AS patient, <night> AS run_date, d.outcome, d.step_id, d.channel,
       d.balance, d.band, a.uplift, a.cost, a.expected_gain, d.cost_avoided,
       CASE WHEN d.human_review THEN 'yes' ELSE 'no' END AS human_review, d.next_review,
       array_to_string(d.codes, '|') AS reasons, d.scenario_version, a.id AS action_id,
       d.run_date AS decided_on
FROM in_force d
JOIN patient p ON p.id = d.patient_id
LEFT JOIN dunning_action a ON a.id = d.action_id AND d.run_date = <night>
ORDER BY d.finess, d.case_id
