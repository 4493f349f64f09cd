INSERT INTO dunning_decision (case_id, run_date, outcome, balance, band, scenario_version, codes, reasons,
    arithmetic, cost_avoided)
VALUES (:case, :on, :outcome, :balance, '50to150', 'v1', '{}', '', '', :avoided)
