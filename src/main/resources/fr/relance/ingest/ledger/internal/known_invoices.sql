-- The establishment's open invoices as KnownLedger follows them: number, id, digest of the line last compared (0 and
-- false when none). Read by a binary COPY, which takes no parameter: the FINESS is a setting of the transaction.
SELECT invoice_number, id, COALESCE(ledger_digest, 0), ledger_digest IS NOT NULL
FROM invoice
WHERE finess = current_setting('relance.ledger_finess') AND closed_at_source_on IS NULL
