INSERT INTO dunning_action (case_id, step_number, step_id, channel, scenario, scenario_version, run_date, balance,
    band, cost, expected_gain, reasons, status, emitted_on)
VALUES (:case, 1, 'first-letter', 'LETTER', 'private-clinic', 'private-clinic-2026.2', :on, 80.00, :band, 1.77, 20.00,
    'STEP_TAKEN: planted', 'emitted', :on)
