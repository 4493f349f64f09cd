-- Tonight's calibration of three steps in each clinic
INSERT INTO dunning_calibration (finess, run_date, step_id, band, scenario_version, acted_paid, acted_unpaid,
    control_paid, control_unpaid, prior_uplift, base_rate, credited, alpha, beta, uplift)
SELECT e.finess, :night, s.step, '50to150', 'v1', 100, 400, 10, 90, 0.05, 0.1, 1000, 2, 8, 0.08
FROM establishment e CROSS JOIN (VALUES ('first-letter'), ('sms'), ('call')) AS s(step)
WHERE e.finess LIKE '98000%'
