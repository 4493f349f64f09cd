-- What each case's patient still owes: the open patient parts, oldest due first, with the amount billed to the
-- patient and what is open tonight. The invoice date only: never a care date, unit or act.
SELECT c.id AS case_id, i.invoice_number, i.issue_date, b.amount_due, b.amount_open
FROM dunning_case c
JOIN invoice i ON i.patient_id = c.patient_id AND i.finess = c.finess
JOIN invoice_part_balance b ON b.invoice_id = i.id AND b.payer = 'PATIENT'
WHERE c.finess = :finess AND c.id = ANY(:caseIds) AND b.status = 'open' AND b.amount_open > 0
ORDER BY c.id, COALESCE(i.due_date, i.issue_date), i.invoice_number
