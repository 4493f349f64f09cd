-- One open case per patient owing something: the case groups all the patient's open parts (one letter for all).
-- Runs once the night is decided: a patient owing without an open case was decided under a provisional id (minus the
-- patient's id). The case is written once, already pointing to the id drawn for its first decision (recorded by
-- recordDecisions); dunning_night_opened maps the provisional ids to the cases for the statements that follow. Cases
-- are numbered in the order of the patients' identifiers at the establishment, so the same night numbers them (and
-- the references printed on letters) the same way however its import ran, a killed and resumed one included.
WITH opened AS (
    INSERT INTO dunning_case (finess, patient_id, opened_on, last_decision_id, last_fingerprint)
    SELECT :finess, -n.case_id, CAST(:runDate AS DATE), nextval('dunning_decision_id_seq'), n.fingerprint
    FROM dunning_night_decision n
    JOIN patient p ON p.id = -n.case_id
    WHERE n.case_id < 0
    ORDER BY p.external_id
    RETURNING patient_id, id, last_decision_id
)
INSERT INTO dunning_night_opened (patient_id, case_id, decision_id)
SELECT patient_id, id, last_decision_id FROM opened
