-- Records tonight's decision of a case only when it is new: the case opened tonight, its fingerprint differs from
-- the one in force, the night planned or suppressed one of its actions, or the case closes tonight. Any other case
-- keeps its last decision, which is the one in force tonight too (see dunning_decision_in_force): a normal night
-- writes the few decisions that changed instead of one per open case. The case is pointed to its new decision (a
-- case opened tonight already is). Returns the number of decisions recorded.
WITH changed AS (
    SELECT n.*, a.id AS action_id
    FROM dunning_night_decision n
    JOIN dunning_case c ON c.id = n.case_id
    LEFT JOIN dunning_action a ON n.outcome IN ('ACT', 'WRITE_OFF_PROPOSAL') AND a.case_id = n.case_id
        AND a.step_id = n.step_id AND a.run_date = :runDate AND a.status = 'planned'
    WHERE n.decision_id IS NOT NULL OR c.last_fingerprint IS DISTINCT FROM n.fingerprint OR a.id IS NOT NULL
       OR n.open_parts = 0 OR n.case_id IN (SELECT s.case_id FROM dunning_night_suppressed s)
), recorded AS (
    INSERT INTO dunning_decision (id, case_id, run_date, outcome, step_number, step_id, channel, balance, band,
        scenario_version, codes, reasons, arithmetic, cost_avoided, human_review, next_review, action_id)
    SELECT COALESCE(decision_id, nextval('dunning_decision_id_seq')), case_id, :runDate, outcome, step_number,
           step_id, channel, balance, band, :version, codes, reasons, arithmetic, cost_avoided, human_review,
           next_review, action_id
    FROM changed
    RETURNING id, case_id
), pointed AS (
    UPDATE dunning_case c
    SET last_decision_id = r.id, last_fingerprint = n.fingerprint
    FROM recorded r
    JOIN dunning_night_decision n ON n.case_id = r.case_id
    WHERE c.id = r.case_id AND n.decision_id IS NULL
)
SELECT count(*) FROM recorded
