-- The establishment's patients as KnownLedger follows them: external id, digest of the line last applied (0 and false
-- when none), dispute. Read like known_invoices.sql.
SELECT external_id, COALESCE(ledger_digest, 0), ledger_digest IS NOT NULL, dispute
FROM patient
WHERE finess = current_setting('relance.ledger_finess')
