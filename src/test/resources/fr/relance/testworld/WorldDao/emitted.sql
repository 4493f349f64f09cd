INSERT INTO dunning_action (case_id, step_number, step_id, channel, scenario, scenario_version, run_date, balance,
    band, cost, expected_gain, reasons, status, emitted_on)
VALUES (:case, :step, :stepId, :channel, 'private-clinic', 'private-clinic-2026.2', :on, :balance, '50to150', 1.00, 0,
    'STEP_TAKEN', 'emitted', :on)
