-- A case for a survivor that had none, so that the absorbed case has one to be merged into.
INSERT INTO dunning_case (finess, patient_id, opened_on) VALUES (:finess, :patient, :runDate) RETURNING id
