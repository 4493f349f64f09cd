-- The establishment's patients as KnownLedger follows them: external id, digest of the line last applied, dispute.
SELECT external_id, ledger_digest, dispute
FROM patient
WHERE finess = ?
