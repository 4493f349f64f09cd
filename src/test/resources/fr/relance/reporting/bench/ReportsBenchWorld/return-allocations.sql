-- The money of each matched line that paid
INSERT INTO allocation (invoice_part_id, amount, kind, allocated_on, remittance_line_id)
SELECT rl.invoice_part_id, rl.paid, 'remittance', CAST(:night AS DATE) - 1, rl.id
FROM remittance_line rl JOIN remittance r ON r.id = rl.remittance_id
WHERE r.finess LIKE '98000%' AND rl.match_status = 'matched' AND rl.paid <> 0
