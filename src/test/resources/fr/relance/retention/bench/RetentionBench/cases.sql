-- A case for one patient in ten, closed in February 2023
INSERT INTO dunning_case (finess, patient_id, opened_on, closed_on)
SELECT finess, id, '2023-01-15', '2023-02-01' FROM patient WHERE finess = :finess AND source_line % 10 = 0
