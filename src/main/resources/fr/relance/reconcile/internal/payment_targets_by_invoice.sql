-- Open patient parts a payment naming an invoice pays: that invoice first, then the same patient's other open
-- invoices, oldest due first (a patient often pays one letter covering several invoices with one number on it).
SELECT b.invoice_part_id, b.amount_open, i.invoice_number
FROM invoice named
JOIN invoice i ON i.patient_id = named.patient_id
JOIN invoice_part_balance b ON b.invoice_id = i.id
WHERE named.finess = :finess AND named.invoice_number = :invoiceNumber
  AND b.payer = 'PATIENT' AND b.amount_open > 0
ORDER BY (i.id = named.id) DESC, i.due_date, i.id
