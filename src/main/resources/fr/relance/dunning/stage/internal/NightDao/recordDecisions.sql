INSERT INTO dunning_decision (case_id, run_date, outcome, step_number, step_id, channel, balance, band,
    scenario_version, codes, reasons, arithmetic, cost_avoided, human_review, next_review, action_id)
SELECT n.case_id, :runDate, n.outcome, n.step_number, n.step_id, n.channel, n.balance, n.band, :version, n.codes,
       n.reasons, n.arithmetic, n.cost_avoided, n.human_review, n.next_review, a.id
FROM dunning_night_decision n
LEFT JOIN dunning_action a ON n.outcome IN ('ACT', 'WRITE_OFF_PROPOSAL') AND a.case_id = n.case_id
    AND a.step_id = n.step_id AND a.run_date = :runDate AND a.status = 'planned'
