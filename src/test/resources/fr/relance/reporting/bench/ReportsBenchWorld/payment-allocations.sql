-- The money of each matched payment on its patient part
INSERT INTO allocation (invoice_part_id, amount, kind, allocated_on, payment_id)
SELECT p.id, pay.amount, 'payment', pay.paid_on, pay.id
FROM payment pay
JOIN invoice i ON i.finess = pay.finess AND i.invoice_number = pay.invoice_number
JOIN invoice_part p ON p.invoice_id = i.id AND p.payer = 'PATIENT'
WHERE pay.finess LIKE '98000%' AND pay.match_status = 'matched'
