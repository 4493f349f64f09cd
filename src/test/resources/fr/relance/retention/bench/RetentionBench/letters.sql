-- The letter each case emitted
INSERT INTO dunning_action (case_id, step_number, step_id, channel, scenario, scenario_version, run_date,
    balance, band, cost, expected_gain, reasons, status, emitted_on)
SELECT id, 1, 'letter-1', 'LETTER', 'private-clinic', 'v1', '2023-01-15', 50, 'lt150', 1.77, 10,
       'STEP_TAKEN', 'emitted', '2023-01-15'
FROM dunning_case WHERE finess = :finess
