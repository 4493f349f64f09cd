-- the output stage's part, played by hand
UPDATE dunning_action a SET status = 'emitted', emitted_on = a.run_date
FROM dunning_case c
WHERE c.id = a.case_id AND c.patient_id = :patient AND a.status = 'planned'
