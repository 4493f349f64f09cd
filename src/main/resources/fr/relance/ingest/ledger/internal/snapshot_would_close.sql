-- How many open invoices a snapshot would close, against how many are open: a sanity check before closing.
SELECT count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM ledger_stage s WHERE s.invoice_number = i.invoice_number)
                          AND NOT EXISTS (SELECT 1 FROM ledger_seen s WHERE s.invoice_number = i.invoice_number))
           AS closing,
       count(*) AS open
FROM invoice i
WHERE i.finess = :finess AND i.closed_at_source_on IS NULL
