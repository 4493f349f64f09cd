INSERT INTO dunning_case (finess, patient_id, opened_on) VALUES (:finess, :patient, :on) RETURNING id
