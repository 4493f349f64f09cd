INSERT INTO dunning_decision (case_id, run_date, outcome, step_id, channel, balance, band, scenario_version, codes,
    reasons, arithmetic)
VALUES (:case, :on, 'DEFER', 'first-letter', 'LETTER', 80.00, :band, 'private-clinic-2026.2',
    '{MISSING_CONTACT_DATA}', 'MISSING_CONTACT_DATA: planted', '')
