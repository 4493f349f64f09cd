-- How many open invoices a snapshot would close, against how many are open: a sanity check before closing. The
-- invoices it would close are kept for 10_snapshot_close.sql. The NOT EXISTS stay in a WHERE clause so that they are
-- planned as anti-joins (in a FILTER they would scan the staged lines once per open invoice).
WITH gone AS (
    INSERT INTO ledger_gone (invoice_id)
    SELECT i.id
    FROM invoice i
    WHERE i.finess = :finess AND i.closed_at_source_on IS NULL
      AND NOT EXISTS (SELECT 1 FROM ledger_stage s WHERE s.invoice_number = i.invoice_number)
      AND NOT EXISTS (SELECT 1 FROM ledger_seen s WHERE s.invoice_number = i.invoice_number)
    RETURNING invoice_id
)
SELECT (SELECT count(*) FROM gone) AS closing,
       (SELECT count(*) FROM invoice i WHERE i.finess = :finess AND i.closed_at_source_on IS NULL) AS open
