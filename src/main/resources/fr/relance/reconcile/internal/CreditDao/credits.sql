-- The establishment's payments left with a credit: what is still unallocated of each and the patient whose parts it
-- paid (a payment's rules only ever name one patient's parts), oldest payment first.
SELECT p.id AS payment_id, min(i.patient_id) AS patient_id, p.amount - sum(a.amount) AS unallocated,
       p.match_note AS note, array_agg(a.invoice_part_id) AS paid_part_ids
FROM payment p
JOIN allocation a ON a.payment_id = p.id
JOIN invoice_part ip ON ip.id = a.invoice_part_id
JOIN invoice i ON i.id = ip.invoice_id
WHERE p.finess = :finess AND p.match_status = 'credit'
GROUP BY p.id
HAVING p.amount - sum(a.amount) > 0
ORDER BY p.paid_on, p.id
