-- A dunning case for one patient in ten
INSERT INTO dunning_case (finess, patient_id, opened_on)
SELECT finess, id, '2026-11-01' FROM patient WHERE finess = :finess AND source_line % 10 = 0
