-- The establishment's patients who owe something (an invoice open at the source) as KnownLedger follows them:
-- external id, digest of the line last applied (0 and false when none), dispute. Patients of past years are not read:
-- a line of theirs is staged, and the merge finds them. Read like known_invoices.sql.
SELECT p.external_id, COALESCE(p.ledger_digest, 0), p.ledger_digest IS NOT NULL, p.dispute
FROM patient p
WHERE p.finess = current_setting('relance.ledger_finess')
  AND EXISTS (SELECT 1 FROM invoice i WHERE i.patient_id = p.id AND i.closed_at_source_on IS NULL)
