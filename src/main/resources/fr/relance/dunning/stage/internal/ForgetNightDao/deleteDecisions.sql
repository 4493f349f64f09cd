DELETE FROM dunning_decision WHERE run_date = :night
