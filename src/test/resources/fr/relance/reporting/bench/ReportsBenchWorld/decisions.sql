-- Tonight's decision of every case: act, wait (one in five) or propose a write-off (one in two hundred)
INSERT INTO dunning_decision (case_id, run_date, outcome, balance, band, scenario_version, codes, reasons,
    arithmetic, cost_avoided)
SELECT c.id, :night, CASE WHEN c.id % 200 = 0 THEN 'WRITE_OFF_PROPOSAL' WHEN c.id % 5 = 4 THEN 'WAIT'
       ELSE 'ACT' END, 50, '50to150', 'v1', '{}', '', '', CASE WHEN c.id % 5 = 4 THEN 1.77 ELSE 0 END
FROM dunning_case c WHERE c.finess LIKE '98000%'
