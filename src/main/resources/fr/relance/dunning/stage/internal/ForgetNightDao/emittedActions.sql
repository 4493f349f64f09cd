SELECT count(*) FROM dunning_action WHERE run_date = :night AND status = 'emitted'
