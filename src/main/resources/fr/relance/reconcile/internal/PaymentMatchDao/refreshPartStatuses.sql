-- Status of this establishment's parts that allocations touch, from their balances (the settled_amount rule of the
-- invoice_part_balance view, with the allocations summed once for the establishment rather than per part).
-- Statuses that record a payer's decision (rejected, transferred, written off) are left to the rules that set them.
WITH allocated AS (
    SELECT a.invoice_part_id,
           SUM(a.amount) FILTER (WHERE a.kind IN ('remittance', 'reversal')) AS remitted,
           SUM(a.amount) FILTER (WHERE a.kind = 'payment') AS paid,
           SUM(a.amount) FILTER (WHERE a.kind IN ('transfer_in', 'transfer_out', 'write_off')) AS adjusted,
           MAX(a.allocated_on) AS last_on
    FROM allocation a
    JOIN invoice_part p ON p.id = a.invoice_part_id
    JOIN invoice i ON i.id = p.invoice_id
    WHERE i.finess = :finess
    GROUP BY a.invoice_part_id
), computed AS (
    SELECT p.id, al.last_on,
           CASE WHEN p.amount_due - settled_amount(p.source_paid, al.remitted, al.paid, al.adjusted,
                                                   (SELECT e.ledger_records_bank_payments FROM establishment e
                                                    WHERE e.finess = :finess)) <= 0
                THEN 'paid' ELSE 'open' END AS status
    FROM invoice_part p
    JOIN allocated al ON al.invoice_part_id = p.id
    WHERE p.status IN ('open', 'pending', 'paid')
)
UPDATE invoice_part ip
SET status = c.status, status_since = :runDate, last_movement_on = c.last_on
FROM computed c
WHERE ip.id = c.id AND (ip.status <> c.status OR ip.last_movement_on IS DISTINCT FROM c.last_on)
