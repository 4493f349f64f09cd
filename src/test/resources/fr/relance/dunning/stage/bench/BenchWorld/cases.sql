-- Three patients in ten already have a case, opened 70 days before the night
INSERT INTO dunning_case (finess, patient_id, opened_on)
SELECT :finess, id, CAST(:night AS DATE) - 70 FROM patient WHERE finess = :finess AND id % 10 < 3
