-- The establishment's invoices as KnownLedger follows them: number, id, digest of the line last compared, closed.
SELECT invoice_number, id, ledger_digest, closed_at_source_on IS NOT NULL
FROM invoice
WHERE finess = ?
