-- Status of this establishment's parts that allocations touch, from their balances (same arithmetic as the
-- invoice_part_balance view, with the allocations summed once for the establishment rather than per part).
-- Statuses that record a payer's decision (rejected, transferred, written off) are left to the rules that set them.
WITH allocated AS (
    SELECT a.invoice_part_id,
           SUM(a.amount) FILTER (WHERE a.kind IN ('remittance', 'payment', 'reversal')) AS money,
           SUM(a.amount) FILTER (WHERE a.kind IN ('transfer_in', 'transfer_out', 'write_off')) AS adjusted,
           MAX(a.allocated_on) AS last_on
    FROM allocation a
    JOIN invoice_part p ON p.id = a.invoice_part_id
    JOIN invoice i ON i.id = p.invoice_id
    WHERE i.finess = :finess
    GROUP BY a.invoice_part_id
), computed AS (
    SELECT p.id, al.last_on,
           CASE WHEN p.amount_due - GREATEST(p.source_paid, COALESCE(al.money, 0)) - COALESCE(al.adjusted, 0) <= 0
                THEN 'paid' ELSE 'open' END AS status
    FROM invoice_part p
    JOIN allocated al ON al.invoice_part_id = p.id
    WHERE p.status IN ('open', 'pending', 'paid')
)
UPDATE invoice_part ip
SET status = c.status, status_since = :runDate, last_movement_on = c.last_on
FROM computed c
WHERE ip.id = c.id AND (ip.status <> c.status OR ip.last_movement_on IS DISTINCT FROM c.last_on)
