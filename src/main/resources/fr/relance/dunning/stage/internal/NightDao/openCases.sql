-- One open case per patient owing something: the case groups all the patient's open parts (one letter for all).
-- Patients with an open case are set aside by an anti-join first; ON CONFLICT only guards against a race.
INSERT INTO dunning_case (finess, patient_id, opened_on)
SELECT :finess, o.patient_id, CAST(:runDate AS DATE)
FROM (SELECT DISTINCT patient_id FROM dunning_night_part
      WHERE payer = 'PATIENT' AND status = 'open' AND amount_open > 0) o
WHERE NOT EXISTS (SELECT 1 FROM dunning_case c WHERE c.patient_id = o.patient_id AND c.closed_on IS NULL)
ON CONFLICT (patient_id) WHERE closed_on IS NULL DO NOTHING
