INSERT INTO dunning_action (case_id, step_number, step_id, channel, scenario, scenario_version, run_date, balance,
    band, cost, expected_gain, reasons, status, status_reason, emitted_on)
VALUES (:case, :step, 'step-' || :step, :channel, 'private-clinic', 'v1', :planned, :balance, '50to150', :cost, 10.00,
    'STEP_TAKEN', :status, :reason, :emitted)
