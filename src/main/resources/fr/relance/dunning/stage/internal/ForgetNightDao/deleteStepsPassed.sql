DELETE FROM dunning_step_passed WHERE run_date = :night
