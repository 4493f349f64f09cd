-- One open case per patient owing something: the case groups all the patient's open parts (one letter for all).
INSERT INTO dunning_case (finess, patient_id, opened_on)
SELECT DISTINCT :finess, patient_id, CAST(:runDate AS DATE)
FROM dunning_night_part
WHERE payer = 'PATIENT' AND status = 'open' AND amount_open > 0
ON CONFLICT (patient_id) WHERE closed_on IS NULL DO NOTHING
