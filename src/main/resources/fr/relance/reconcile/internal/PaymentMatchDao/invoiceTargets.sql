-- Open patient parts each payment naming an invoice pays: that invoice first, then the same patient's other open
-- invoices, oldest due first (a patient often pays one letter covering several invoices with one number on it).
SELECT p.id AS target_of, b.invoice_part_id AS part_id
FROM payment p
JOIN invoice named ON named.finess = p.finess AND named.invoice_number = p.invoice_number
JOIN invoice i ON i.patient_id = named.patient_id
JOIN invoice_part_balance b ON b.invoice_id = i.id
WHERE p.finess = :finess AND p.match_status IN ('unmatched', 'suspense') AND p.invoice_number IS NOT NULL
  AND b.payer = 'PATIENT' AND b.amount_open > 0
ORDER BY p.id, (i.id = named.id) DESC, i.due_date, i.id
