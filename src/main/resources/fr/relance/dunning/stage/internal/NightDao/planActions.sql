-- Plans the step of every ACT (and write-off proposal) decision. A step already planned or emitted on the case is
-- never planned again; a step whose earlier plan was suppressed may be planned again once the case warrants it.
INSERT INTO dunning_action AS a (case_id, step_number, step_id, channel, scenario, scenario_version, run_date,
    balance, band, uplift, cost, expected_gain, reasons, reference, quotes_reference, not_before, status)
SELECT n.case_id, n.step_number, n.step_id, n.channel, :scenario, :version, :runDate, n.balance, n.band, n.uplift,
       n.cost, n.expected_gain, n.reasons,
       CASE WHEN n.channel IN ('LETTER', 'REGISTERED_LETTER')
            THEN 'RL' || to_char(CAST(:runDate AS DATE), 'YYYYMMDD') || '-' || n.case_id || '-' || n.step_number END,
       n.quotes_reference, n.not_before, 'planned'
FROM (
    -- a case opened tonight was decided under a provisional id
    SELECT COALESCE(o.case_id, d.case_id) AS case_id, d.step_number, d.step_id, d.channel, d.balance, d.band,
           d.uplift, d.cost, d.expected_gain, d.reasons, d.quotes_reference, d.not_before
    FROM dunning_night_decision d
    LEFT JOIN dunning_night_opened o ON o.patient_id = -d.case_id
    WHERE d.outcome IN ('ACT', 'WRITE_OFF_PROPOSAL') AND d.step_id IS NOT NULL
) n
ORDER BY n.case_id, n.step_number -- the same action ids whatever order the decisions were computed in
ON CONFLICT (case_id, step_id) DO UPDATE
SET step_number = EXCLUDED.step_number, channel = EXCLUDED.channel, scenario = EXCLUDED.scenario,
    scenario_version = EXCLUDED.scenario_version, run_date = EXCLUDED.run_date, balance = EXCLUDED.balance,
    band = EXCLUDED.band, uplift = EXCLUDED.uplift, cost = EXCLUDED.cost, expected_gain = EXCLUDED.expected_gain,
    reasons = EXCLUDED.reasons, reference = EXCLUDED.reference, quotes_reference = EXCLUDED.quotes_reference,
    not_before = EXCLUDED.not_before, status = 'planned', status_reason = NULL, planned_at = now()
WHERE a.status = 'suppressed'
