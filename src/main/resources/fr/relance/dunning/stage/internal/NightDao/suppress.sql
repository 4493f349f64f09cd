-- A planned action not emitted yet whose case a gate now holds (paid off, payment received, insurer pending...)
-- is cancelled with tonight's holding reasons. Its case is noted (once per action, so the count is of actions):
-- the decision that suppressed an action is recorded even when it did not change.
WITH suppressed AS (
    UPDATE dunning_action a
    SET status = 'suppressed', status_reason = 'suppressed on ' || CAST(:runDate AS DATE) || ': ' || n.hold
    FROM dunning_night_decision n
    WHERE n.hold IS NOT NULL AND a.case_id = n.case_id AND a.status = 'planned' AND a.run_date < :runDate
    RETURNING a.case_id
)
INSERT INTO dunning_night_suppressed (case_id)
SELECT case_id FROM suppressed
