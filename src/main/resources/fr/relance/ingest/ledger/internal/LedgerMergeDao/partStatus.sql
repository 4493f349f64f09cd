-- Status of the parts of the invoices whose parts this file corrected, that it reopened or that a snapshot closed,
-- from their balances: paid when nothing is open, open otherwise, closed at the source with their invoice. Statuses
-- set by reconciliation (rejected, transferred...) are kept. New parts got their final status when added, and parts
-- nothing changed keep theirs (reconciliation refreshes the statuses its allocations move). The settled_amount rule
-- of the invoice_part_balance view, restricted to these invoices so that the allocations are summed once.
WITH touched AS (
    SELECT DISTINCT t.invoice_id, i.closed_at_source_on
    FROM ledger_touched t
    JOIN invoice i ON i.id = t.invoice_id
), allocated AS (
    SELECT a.invoice_part_id,
           SUM(a.amount) FILTER (WHERE a.kind IN ('remittance', 'reversal')) AS remitted,
           SUM(a.amount) FILTER (WHERE a.kind = 'payment') AS paid,
           SUM(a.amount) FILTER (WHERE a.kind IN ('transfer_in', 'transfer_out', 'write_off')) AS adjusted
    FROM allocation a
    JOIN invoice_part p ON p.id = a.invoice_part_id
    JOIN touched t ON t.invoice_id = p.invoice_id
    GROUP BY a.invoice_part_id
), computed AS (
    SELECT p.id,
           CASE WHEN p.amount_due - settled_amount(p.source_paid, al.remitted, al.paid, al.adjusted,
                                                   (SELECT e.ledger_records_bank_payments FROM establishment e
                                                    WHERE e.finess = :finess)) <= 0
                THEN 'paid'
                WHEN t.closed_at_source_on IS NOT NULL THEN 'closed_at_source'
                ELSE 'open' END AS status
    FROM invoice_part p
    JOIN touched t ON t.invoice_id = p.invoice_id
    LEFT JOIN allocated al ON al.invoice_part_id = p.id
    WHERE p.status IN ('open', 'paid', 'closed_at_source')
)
UPDATE invoice_part ip
SET status = c.status, status_since = :runDate
FROM computed c
WHERE ip.id = c.id AND ip.status <> c.status
