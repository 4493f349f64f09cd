-- The decision of each case
INSERT INTO dunning_decision (case_id, run_date, outcome, balance, band, scenario_version, codes, reasons,
    arithmetic)
SELECT id, '2023-01-15', 'ACTION', 50, 'lt150', 'v1', '{STEP_TAKEN}', 'letter to ' || id, ''
FROM dunning_case WHERE finess = :finess
