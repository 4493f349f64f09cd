-- One part per payer that is owed something (or was paid something); a known part takes the new amounts. A new
-- part starts paid when the ledger says so; the status refresh settles the others.
INSERT INTO invoice_part AS ip (invoice_id, payer, organisation, amount_due, status, status_since, source_paid,
                                source_file_id, source_line)
SELECT i.id, v.payer, v.organisation, v.due, CASE WHEN v.paid >= v.due THEN 'paid' ELSE 'open' END, :runDate,
       v.paid, :file, s.line
FROM ledger_stage s
JOIN invoice i ON i.finess = :finess AND i.invoice_number = s.invoice_number
CROSS JOIN LATERAL (VALUES ('AMO', NULL, s.amo_due, s.amo_paid),
                           ('AMC', s.amc_org, s.amc_due, s.amc_paid),
                           ('PATIENT', NULL, s.patient_due, s.patient_paid)) AS v (payer, organisation, due, paid)
WHERE v.due > 0 OR v.paid > 0
ON CONFLICT (invoice_id, payer) DO UPDATE SET
    organisation = EXCLUDED.organisation, amount_due = EXCLUDED.amount_due, source_paid = EXCLUDED.source_paid,
    source_file_id = EXCLUDED.source_file_id, source_line = EXCLUDED.source_line
WHERE (ip.amount_due, ip.organisation, ip.source_paid)
      IS DISTINCT FROM (EXCLUDED.amount_due, EXCLUDED.organisation, EXCLUDED.source_paid)
