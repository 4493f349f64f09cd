-- Records tonight's decision of a case only when it is new: the case has no decision yet, its fingerprint differs
-- from the one in force, the night planned or suppressed one of its actions, or the case closes tonight. Any other
-- case keeps its last decision, which is the one in force tonight too (see dunning_decision_in_force): a normal
-- night writes a few thousand rows instead of one per open case. Returns the number of decisions recorded.
WITH night AS (
    SELECT n.*, a.id AS action_id,
           dunning_decision_fingerprint(n.outcome, n.step_id, n.channel, n.balance, n.band, n.codes, n.human_review,
               n.next_review, :version, n.cost_avoided) AS fingerprint
    FROM dunning_night_decision n
    LEFT JOIN dunning_action a ON n.outcome IN ('ACT', 'WRITE_OFF_PROPOSAL') AND a.case_id = n.case_id
        AND a.step_id = n.step_id AND a.run_date = :runDate AND a.status = 'planned'
), changed AS (
    SELECT n.*
    FROM night n
    JOIN dunning_case c ON c.id = n.case_id
    WHERE c.last_fingerprint IS DISTINCT FROM n.fingerprint OR n.action_id IS NOT NULL OR n.open_parts = 0
       OR n.case_id IN (SELECT s.case_id FROM dunning_night_suppressed s)
), recorded AS (
    INSERT INTO dunning_decision (case_id, run_date, outcome, step_number, step_id, channel, balance, band,
        scenario_version, codes, reasons, arithmetic, cost_avoided, human_review, next_review, action_id)
    SELECT case_id, :runDate, outcome, step_number, step_id, channel, balance, band, :version, codes, reasons,
           arithmetic, cost_avoided, human_review, next_review, action_id
    FROM changed
    -- the fingerprint again, from the row as stored: reading it back from "changed" would keep every row in memory
    RETURNING id, case_id, dunning_decision_fingerprint(outcome, step_id, channel, balance, band, codes,
        human_review, next_review, scenario_version, cost_avoided) AS fingerprint
)
UPDATE dunning_case c
SET last_decision_id = r.id, last_fingerprint = r.fingerprint
FROM recorded r
WHERE c.id = r.case_id
