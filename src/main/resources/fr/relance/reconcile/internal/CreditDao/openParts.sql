-- The open patient parts of the patients holding a credit, with what is open on each now (tonight's allocations
-- included), each patient's oldest due first: the order a payment is spread in.
SELECT i.patient_id, b.invoice_part_id AS part_id, i.invoice_number, b.amount_open
FROM invoice i
JOIN invoice_part_balance b ON b.invoice_id = i.id AND b.payer = 'PATIENT'
WHERE i.finess = :finess AND i.patient_id = ANY(:patientIds) AND b.status = 'open' AND b.amount_open > 0
ORDER BY i.patient_id, COALESCE(i.due_date, i.issue_date, i.care_date), i.id
