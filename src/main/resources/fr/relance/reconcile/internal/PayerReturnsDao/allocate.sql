-- Money a payer paid on a matched part becomes an allocation (one per return line and part: never twice).
INSERT INTO allocation (invoice_part_id, amount, kind, allocated_on, remittance_line_id)
SELECT rl.invoice_part_id, rl.paid, 'remittance', COALESCE(r.payment_date, :runDate), rl.id
FROM remittance_line rl
JOIN remittance r ON r.id = rl.remittance_id
WHERE r.finess = :finess AND rl.match_status IN ('matched', 'inconsistent') AND rl.invoice_part_id IS NOT NULL
  AND rl.paid <> 0
ON CONFLICT (invoice_part_id, remittance_line_id, kind) WHERE remittance_line_id IS NOT NULL DO NOTHING
