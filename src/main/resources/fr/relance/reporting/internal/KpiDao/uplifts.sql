-- The uplift calibrated tonight for each establishment, scenario step and balance band, with the number of actions
-- it was observed on.
INSERT INTO kpi_daily (finess, run_date, kpi, payer, dimension, items, rate)
SELECT finess, :runDate, 'UPLIFT', 'PATIENT', step_id || ' ' || band, acted_paid + acted_unpaid, uplift
FROM dunning_calibration
WHERE finess IN (<finesses>) AND run_date = :runDate
