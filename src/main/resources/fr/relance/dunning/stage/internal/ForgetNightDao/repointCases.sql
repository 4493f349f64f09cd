-- A case whose last decision was the forgotten night's points again to its latest remaining one. Without a
-- fingerprint, the next night records the case's decision again rather than comparing it with a forgotten one.
UPDATE dunning_case c
SET last_decision_id = (SELECT d.id FROM dunning_decision d WHERE d.case_id = c.id ORDER BY d.run_date DESC LIMIT 1),
    last_fingerprint = NULL
WHERE NOT EXISTS (SELECT 1 FROM dunning_decision d WHERE d.id = c.last_decision_id)
