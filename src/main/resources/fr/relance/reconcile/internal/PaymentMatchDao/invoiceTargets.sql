-- Patient parts each payment naming an invoice pays: that invoice first, then the same patient's other invoices,
-- oldest due first (a patient often pays one letter covering several invoices with one number on it). Which of them
-- are still open is decided with the balances (balances.sql), as the night's payments settle them.
SELECT pay.id AS target_of, p.id AS part_id
FROM payment pay
JOIN invoice named ON named.finess = pay.finess AND named.invoice_number = pay.invoice_number
JOIN invoice i ON i.patient_id = named.patient_id
JOIN invoice_part p ON p.invoice_id = i.id AND p.payer = 'PATIENT'
WHERE pay.finess = :finess AND pay.match_status IN ('unmatched', 'suspense') AND pay.invoice_number IS NOT NULL
ORDER BY pay.id, (i.id = named.id) DESC, i.due_date, i.id
