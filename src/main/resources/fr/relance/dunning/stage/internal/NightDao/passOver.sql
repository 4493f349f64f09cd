INSERT INTO dunning_step_passed (case_id, step_id, run_date)
SELECT n.case_id, s.step_id, :runDate
FROM dunning_night_decision n
CROSS JOIN LATERAL unnest(n.passed_over) AS s (step_id)
ON CONFLICT DO NOTHING
