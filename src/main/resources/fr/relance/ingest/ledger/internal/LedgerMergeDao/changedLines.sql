-- The lines of known invoices that may say something new: their digest (LineDigest.invoice: what the line says about
-- the invoice and its parts) differs from the one recorded when the invoice was last compared, or the invoice was
-- closed at the source and comes back. Every other staged line of a known invoice (staged for its patient) is left
-- alone by the invoice and part statements.
INSERT INTO ledger_changed
SELECT s.*, i.id
FROM ledger_stage s
JOIN invoice i ON i.finess = :finess AND i.invoice_number = s.invoice_number
WHERE i.ledger_digest IS DISTINCT FROM s.digest OR i.closed_at_source_on IS NOT NULL
