-- What each case's patient paid on the invoices it covers: payments we matched (bank, payment page), payments
-- a file of the establishment brought, and rises of the paid amount its own ledger showed (its cash desk), dated
-- the day they came.
SELECT c.id AS case_id, x.allocated_on AS paid_on, x.amount, i.invoice_number, COALESCE(pay.channel, 'ledger') AS origin,
       COALESCE(pay.reference, pay.external_key) AS reference
FROM dunning_case c
JOIN invoice i ON i.patient_id = c.patient_id AND i.finess = c.finess
JOIN invoice_part p ON p.invoice_id = i.id AND p.payer = 'PATIENT'
JOIN allocation x ON x.invoice_part_id = p.id AND x.kind = 'payment'
LEFT JOIN payment pay ON pay.id = x.payment_id
WHERE c.finess = :finess AND c.id = ANY(:caseIds)
UNION ALL
SELECT c.id, lp.seen_on, lp.amount, i.invoice_number, 'ledger', NULL
FROM dunning_case c
JOIN invoice i ON i.patient_id = c.patient_id AND i.finess = c.finess
JOIN invoice_part p ON p.invoice_id = i.id AND p.payer = 'PATIENT'
JOIN ledger_payment lp ON lp.invoice_part_id = p.id
WHERE c.finess = :finess AND c.id = ANY(:caseIds)
ORDER BY 1, 2, 4
