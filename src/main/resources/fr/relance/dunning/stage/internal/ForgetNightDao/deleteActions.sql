DELETE FROM dunning_action WHERE run_date = :night
