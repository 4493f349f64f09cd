-- The compared lines' digests become their invoices' own, so that tomorrow the same line is skipped. Only the
-- invoices whose digest is not already the line's (an invoice corrected above took it with its correction).
UPDATE invoice i
SET ledger_digest = c.digest
FROM ledger_changed c
WHERE i.id = c.invoice_id AND i.ledger_digest IS DISTINCT FROM c.digest
