-- What the patient still owes the establishment on their patient parts.
SELECT COALESCE(sum(b.amount_open), 0)
FROM invoice i
JOIN invoice_part_balance b ON b.invoice_id = i.id AND b.payer = 'PATIENT'
WHERE i.finess = :finess AND i.patient_id = :patient AND b.status = 'open' AND b.amount_open > 0
