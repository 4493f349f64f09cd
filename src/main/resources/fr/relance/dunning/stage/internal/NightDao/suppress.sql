-- A planned action not emitted yet whose case a gate now holds (paid off, payment received, insurer pending...)
-- is cancelled with tonight's holding reasons.
UPDATE dunning_action a
SET status = 'suppressed', status_reason = 'suppressed on ' || CAST(:runDate AS DATE) || ': ' || n.hold
FROM dunning_night_decision n
WHERE n.hold IS NOT NULL AND a.case_id = n.case_id AND a.status = 'planned' AND a.run_date < :runDate
