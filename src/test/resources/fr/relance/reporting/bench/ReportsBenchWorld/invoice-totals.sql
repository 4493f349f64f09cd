-- Each invoice's total is the sum of its parts
UPDATE invoice i SET total = s.total
FROM (SELECT invoice_id, sum(amount_due) AS total FROM invoice_part GROUP BY invoice_id) s
WHERE s.invoice_id = i.id AND i.finess LIKE '98000%'
