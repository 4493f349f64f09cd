-- The refreshed patients' latest-line digests become their own, so that tomorrow the same line is skipped (whether or
-- not it changed their details: a line without a phone number keeps the known one, and is the same line tomorrow).
-- ledger_said records what that line said of each contact field group (a field it leaves empty keeps what the
-- ledger said before), for the ledger merge to tell news from a repeated value (patientsChanged).
UPDATE patient p
SET ledger_digest = l.digest,
    ledger_said = jsonb_build_object(
        'address', md5(ROW(l.address_line1, l.address_line2, l.postcode, l.city)::text),
        'phone', COALESCE(md5(l.phone), p.ledger_said ->> 'phone'),
        'mobile', COALESCE(md5(l.mobile), p.ledger_said ->> 'mobile'),
        'email', COALESCE(md5(l.email), p.ledger_said ->> 'email'),
        'deceased', l.deceased::text)
FROM ledger_patient l
WHERE p.finess = :finess AND p.external_id = l.patient_id AND p.ledger_digest IS DISTINCT FROM l.digest
