-- Open patient parts a payment with an RF reference pays: the reference printed on a letter names the dunning case
-- (FINESS + case number); a reference the establishment printed itself is on the invoice. Oldest due first.
SELECT b.invoice_part_id, b.amount_open, i.invoice_number
FROM invoice_part_balance b
JOIN invoice i ON i.id = b.invoice_id
WHERE i.finess = :finess AND b.payer = 'PATIENT' AND b.amount_open > 0
  AND (i.payment_reference = :reference
       OR i.patient_id = (SELECT c.patient_id FROM dunning_case c WHERE c.id = :caseId AND c.finess = :finess))
ORDER BY i.due_date, i.id
