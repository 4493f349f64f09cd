DELETE FROM dunning_calibration WHERE run_date = :night
