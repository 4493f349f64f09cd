SELECT count(*) FROM dunning_run WHERE run_date > :night
