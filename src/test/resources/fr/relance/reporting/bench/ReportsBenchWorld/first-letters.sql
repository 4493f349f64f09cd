-- Each case had its first letter emitted 20 to 60 days before the night
INSERT INTO dunning_action (case_id, step_number, step_id, channel, scenario, scenario_version, run_date,
    balance, band, cost, expected_gain, reasons, status, emitted_on)
SELECT c.id, 1, 'first-letter', 'LETTER', 'private-clinic', 'v1', CAST(:night AS DATE) - CAST(20 + c.id % 40 AS INTEGER),
       50, '50to150', 1.77, 10, 'bench', 'emitted', CAST(:night AS DATE) - CAST(20 + c.id % 40 AS INTEGER)
FROM dunning_case c WHERE c.finess LIKE '98000%'
