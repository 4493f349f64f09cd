INSERT INTO dunning_calibration (finess, run_date, step_id, band, scenario_version, acted_paid, acted_unpaid,
    control_paid, control_unpaid, prior_uplift, base_rate, credited, alpha, beta, uplift)
VALUES (:finess, :runDate, :stepId, :band, :version, :o.actedPaid, :o.actedUnpaid, :o.controlPaid,
    :o.controlUnpaid, :priorUplift, :c.baseRate, :c.creditedPayments, :alpha, :beta, :c.uplift)
ON CONFLICT (finess, run_date, step_id, band) DO UPDATE
SET scenario_version = EXCLUDED.scenario_version, acted_paid = EXCLUDED.acted_paid,
    acted_unpaid = EXCLUDED.acted_unpaid, control_paid = EXCLUDED.control_paid,
    control_unpaid = EXCLUDED.control_unpaid, prior_uplift = EXCLUDED.prior_uplift, base_rate = EXCLUDED.base_rate,
    credited = EXCLUDED.credited, alpha = EXCLUDED.alpha, beta = EXCLUDED.beta, uplift = EXCLUDED.uplift
