-- Keep the previous amounts of every payer part this file changes.
INSERT INTO change_history (entity, entity_id, changed_on, source_file_id, source_line, previous)
SELECT 'invoice_part', ip.id, :runDate, :file, s.line,
       jsonb_build_object('amount_due', ip.amount_due, 'organisation', ip.organisation, 'source_paid', ip.source_paid,
                          'source_file_id', ip.source_file_id, 'source_line', ip.source_line)
FROM ledger_stage s
JOIN invoice i ON i.finess = :finess AND i.invoice_number = s.invoice_number
CROSS JOIN LATERAL (VALUES ('AMO', NULL, s.amo_due, s.amo_paid),
                           ('AMC', s.amc_org, s.amc_due, s.amc_paid),
                           ('PATIENT', NULL, s.patient_due, s.patient_paid)) AS v (payer, organisation, due, paid)
JOIN invoice_part ip ON ip.invoice_id = i.id AND ip.payer = v.payer
WHERE (ip.amount_due, ip.organisation, ip.source_paid) IS DISTINCT FROM (v.due, v.organisation, v.paid)
