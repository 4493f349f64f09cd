-- Patient parts each payment's RF reference names, oldest due first: a reference printed on a letter names a dunning
-- case (FINESS + case number: all the case's patient's parts), one the establishment printed itself is on the
-- invoice. caseIds holds -1 where the reference names no case. Which of them are still open is decided with the
-- balances (balances.sql), as the night's payments settle them.
WITH named AS (
    SELECT r.payment_id, i.id AS invoice_id, i.due_date
    FROM unnest(:paymentIds, :references) AS r (payment_id, reference)
    JOIN invoice i ON i.finess = :finess AND i.payment_reference = r.reference
    UNION
    SELECT r.payment_id, i.id, i.due_date
    FROM unnest(:paymentIds, :caseIds) AS r (payment_id, case_id)
    JOIN dunning_case c ON c.id = r.case_id AND c.finess = :finess
    JOIN patient pt ON pt.id = c.patient_id
    -- a case of a patient merged into another (HL7 A40): its letters' references pay the survivor's parts
    JOIN invoice i ON i.patient_id = COALESCE(pt.merged_into, pt.id) AND i.finess = :finess
)
SELECT n.payment_id AS target_of, p.id AS part_id
FROM named n
JOIN invoice_part p ON p.invoice_id = n.invoice_id AND p.payer = 'PATIENT'
ORDER BY n.payment_id, n.due_date, n.invoice_id
