-- The patient's open dunning case, if any.
SELECT id FROM dunning_case WHERE patient_id = :patient AND closed_on IS NULL
