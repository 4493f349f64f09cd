-- The latest night dunning decided for any establishment: no older night can be decided after it.
SELECT max(run_date) FROM dunning_run
