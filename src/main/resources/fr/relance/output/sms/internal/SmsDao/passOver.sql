-- An SMS suppressed as too late is a step whose moment has passed: recorded as passed over on the night, so the
-- dunning stage goes on to the next step instead of planning the same SMS again (and suppressing it again).
INSERT INTO dunning_step_passed (case_id, step_id, run_date)
SELECT a.case_id, a.step_id, :night
FROM dunning_action a
WHERE a.id IN (<actions>) AND a.status = 'suppressed'
ON CONFLICT DO NOTHING
