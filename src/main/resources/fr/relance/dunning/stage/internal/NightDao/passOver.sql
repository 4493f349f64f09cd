INSERT INTO dunning_step_passed (case_id, step_id, run_date)
SELECT COALESCE(o.case_id, n.case_id), s.step_id, :runDate
FROM dunning_night_decision n
LEFT JOIN dunning_night_opened o ON o.patient_id = -n.case_id
CROSS JOIN LATERAL unnest(n.passed_over) AS s (step_id)
ON CONFLICT DO NOTHING
