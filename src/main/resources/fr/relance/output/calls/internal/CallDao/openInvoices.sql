-- What each case's patient owes tonight, invoice by invoice (its issue date, never the date of care), oldest first.
SELECT c.id AS case_id, i.invoice_number, COALESCE(i.issue_date, i.due_date) AS invoice_date, b.amount_open
FROM dunning_case c
JOIN invoice i ON i.patient_id = c.patient_id AND i.finess = c.finess
JOIN invoice_part_balance b ON b.invoice_id = i.id AND b.payer = 'PATIENT'
WHERE c.id IN (<cases>) AND b.status = 'open' AND b.amount_open > 0
ORDER BY c.id, i.due_date, i.invoice_number
