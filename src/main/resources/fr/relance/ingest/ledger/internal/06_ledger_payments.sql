-- A patient part whose paid amount this ledger raises was paid since the previous ledger: that rise is a payment seen
-- tonight (ledger_payment), which holds the next reminder and counts towards an instalment plan. Runs before the
-- parts take the new amounts; a new part's paid amount has no date and is not recorded.
INSERT INTO ledger_payment (invoice_part_id, seen_on, amount, source_file_id)
SELECT ip.id, :runDate, s.patient_paid - ip.source_paid, :file
FROM ledger_stage s
JOIN invoice i ON i.finess = :finess AND i.invoice_number = s.invoice_number
JOIN invoice_part ip ON ip.invoice_id = i.id AND ip.payer = 'PATIENT'
WHERE s.patient_paid > ip.source_paid
ON CONFLICT DO NOTHING
