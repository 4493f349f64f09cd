-- The open invoices a snapshot staged whole (FEC) does not list, for snapshotClose.sql. A CSV ledger finds them
-- while it is read (KnownLedger). The NOT EXISTS stays in a WHERE clause so that it is planned as an anti-join.
INSERT INTO ledger_gone (invoice_id)
SELECT i.id
FROM invoice i
WHERE i.finess = :finess AND i.closed_at_source_on IS NULL
  AND NOT EXISTS (SELECT 1 FROM ledger_stage s WHERE s.invoice_number = i.invoice_number)
