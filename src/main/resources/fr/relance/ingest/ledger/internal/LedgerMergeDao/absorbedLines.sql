-- Lines still carrying the identifier of a patient merged into another (HL7 A40) are the survivor's: their invoices
-- go to the survivor. What they say of the patient describes the absorbed record, which stands for no one now: it is
-- not applied to the survivor.
WITH absorbed AS (
    SELECT a.external_id, sv.external_id AS survivor
    FROM patient a
    JOIN patient sv ON sv.id = a.merged_into
    WHERE a.finess = :finess AND a.merged_into IS NOT NULL
), details AS (
    DELETE FROM ledger_patient_latest l USING absorbed a WHERE l.patient_id = a.external_id
)
UPDATE ledger_stage s SET patient_id = a.survivor
FROM absorbed a
WHERE s.patient_id = a.external_id
