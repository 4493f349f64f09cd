-- The refreshed patients' latest-line digests become their own, so that tomorrow the same line is skipped (whether or
-- not it changed their details: a line without a phone number keeps the known one, and is the same line tomorrow).
UPDATE patient p
SET ledger_digest = l.digest
FROM ledger_patient l
WHERE p.finess = :finess AND p.external_id = l.patient_id AND p.ledger_digest IS DISTINCT FROM l.digest
