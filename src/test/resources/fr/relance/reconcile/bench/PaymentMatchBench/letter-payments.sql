-- The payments (kind 11, one in twenty) that will quote the RF reference of their patient's dunning case, with
-- that case
SELECT p.id, c.id FROM payment p
JOIN invoice i ON i.finess = p.finess AND i.invoice_number = p.invoice_number
JOIN dunning_case c ON c.patient_id = i.patient_id
WHERE p.finess = :finess AND p.source_line % 20 = 11
