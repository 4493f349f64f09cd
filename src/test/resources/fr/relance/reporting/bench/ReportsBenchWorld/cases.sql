-- Three patients in ten have a case, opened 70 days before the night
INSERT INTO dunning_case (finess, patient_id, opened_on)
SELECT finess, id, CAST(:night AS DATE) - 70 FROM patient WHERE finess LIKE '98000%' AND id % 10 < 3
