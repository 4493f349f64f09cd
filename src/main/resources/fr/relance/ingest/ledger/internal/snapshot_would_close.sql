-- How many open invoices a snapshot would close, against how many are open: a sanity check before closing. The
-- NOT EXISTS stay in a WHERE clause so that they are planned as anti-joins (in a FILTER they would scan the staged
-- lines once per open invoice).
SELECT (SELECT count(*)
        FROM invoice i
        WHERE i.finess = :finess AND i.closed_at_source_on IS NULL
          AND NOT EXISTS (SELECT 1 FROM ledger_stage s WHERE s.invoice_number = i.invoice_number)
          AND NOT EXISTS (SELECT 1 FROM ledger_seen s WHERE s.invoice_number = i.invoice_number)) AS closing,
       (SELECT count(*) FROM invoice i WHERE i.finess = :finess AND i.closed_at_source_on IS NULL) AS open
