-- Status of the parts of this establishment, from their balances: paid when nothing is open, open otherwise, and
-- closed at the source with their invoice. Statuses set by reconciliation (rejected, transferred...) are kept.
UPDATE invoice_part ip
SET status = t.status, status_since = :runDate
FROM (SELECT b.invoice_part_id,
             CASE WHEN i.closed_at_source_on IS NOT NULL AND b.amount_open > 0 THEN 'closed_at_source'
                  WHEN b.amount_open <= 0 THEN 'paid'
                  ELSE 'open' END AS status
      FROM invoice_part_balance b
      JOIN invoice i ON i.id = b.invoice_id
      WHERE i.finess = :finess AND b.status IN ('open', 'paid', 'closed_at_source')) t
WHERE ip.id = t.invoice_part_id AND ip.status <> t.status
