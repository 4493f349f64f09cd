-- One open case per patient owing something: the case groups all the patient's open parts (one letter for all).
-- Runs once the night is decided: a patient owing without an open case was decided under a provisional id (minus the
-- patient's id). The case is written once, already pointing to the id drawn for its first decision (recorded by
-- recordDecisions), and the night's decisions then carry the case's id.
WITH opened AS (
    INSERT INTO dunning_case (finess, patient_id, opened_on, last_decision_id, last_fingerprint)
    SELECT :finess, -n.case_id, CAST(:runDate AS DATE), nextval('dunning_decision_id_seq'), n.fingerprint
    FROM dunning_night_decision n
    WHERE n.case_id < 0
    RETURNING id, patient_id, last_decision_id
)
UPDATE dunning_night_decision n
SET case_id = o.id, decision_id = o.last_decision_id
FROM opened o
WHERE n.case_id = -o.patient_id
