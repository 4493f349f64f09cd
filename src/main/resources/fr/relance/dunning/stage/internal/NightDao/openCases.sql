-- One open case per patient owing something: the case groups all the patient's open parts (one letter for all).
-- Runs once the night is decided: a patient owing without an open case was decided under a provisional id (minus the
-- patient's id). The case is written once, already pointing to the id drawn for its first decision (recorded by
-- recordDecisions); dunning_night_opened maps the provisional ids to the cases for the statements that follow.
WITH opened AS (
    INSERT INTO dunning_case (finess, patient_id, opened_on, last_decision_id, last_fingerprint)
    SELECT :finess, -n.case_id, CAST(:runDate AS DATE), nextval('dunning_decision_id_seq'), n.fingerprint
    FROM dunning_night_decision n
    WHERE n.case_id < 0
    RETURNING patient_id, id, last_decision_id
)
INSERT INTO dunning_night_opened (patient_id, case_id, decision_id)
SELECT patient_id, id, last_decision_id FROM opened
