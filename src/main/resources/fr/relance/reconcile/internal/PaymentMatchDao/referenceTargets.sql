-- Open patient parts each payment's RF reference names, oldest due first: a reference printed on a letter names a
-- dunning case (FINESS + case number: all the case's patient's parts), one the establishment printed itself is on
-- the invoice. caseId is -1 when the reference names no case.
WITH named AS (
    SELECT r.payment_id, i.id AS invoice_id, i.due_date
    FROM unnest(:paymentIds, :references) AS r (payment_id, reference)
    JOIN invoice i ON i.finess = :finess AND i.payment_reference = r.reference
    UNION
    SELECT r.payment_id, i.id, i.due_date
    FROM unnest(:paymentIds, :caseIds) AS r (payment_id, case_id)
    JOIN dunning_case c ON c.id = r.case_id AND c.finess = :finess
    JOIN invoice i ON i.patient_id = c.patient_id AND i.finess = :finess
)
SELECT n.payment_id AS target_of, b.invoice_part_id AS part_id
FROM named n
JOIN invoice_part_balance b ON b.invoice_id = n.invoice_id
WHERE b.payer = 'PATIENT' AND b.amount_open > 0
ORDER BY n.payment_id, n.due_date, n.invoice_id
