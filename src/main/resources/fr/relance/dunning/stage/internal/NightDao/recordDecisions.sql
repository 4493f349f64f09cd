-- Records tonight's decision of a case only when it is new: the case opened tonight, its fingerprint differs from
-- the one in force, the night planned or suppressed one of its actions, or the case closes tonight. Any other case
-- keeps its last decision, which is the one in force tonight too (see dunning_decision_in_force): a normal night
-- writes the few decisions that changed instead of one per open case. The case is pointed to its new decision (a
-- case opened tonight already is, under the id drawn for it). Returns the number of decisions recorded.
WITH night AS (
    -- a case opened tonight was decided under a provisional id
    SELECT COALESCE(o.case_id, n.case_id) AS case_id, o.decision_id, n.outcome, n.step_number, n.step_id, n.channel,
           n.balance, n.band, n.codes, n.reasons, n.arithmetic, n.cost_avoided, n.human_review, n.next_review,
           n.open_parts, n.fingerprint
    FROM dunning_night_decision n
    LEFT JOIN dunning_night_opened o ON o.patient_id = -n.case_id
), changed AS (
    SELECT n.*, a.id AS action_id
    FROM night n
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
    -- the cases opened tonight are not found here: their decisions carry the provisional id
    UPDATE dunning_case c
    SET last_decision_id = r.id, last_fingerprint = n.fingerprint
    FROM recorded r
    JOIN dunning_night_decision n ON n.case_id = r.case_id
    WHERE c.id = r.case_id
)
SELECT count(*) FROM recorded
