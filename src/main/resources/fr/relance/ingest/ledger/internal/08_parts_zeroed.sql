-- A payer the corrected line no longer charges keeps its part, with nothing due.
UPDATE invoice_part ip
SET amount_due = 0, source_paid = 0, source_file_id = :file, source_line = s.line
FROM ledger_stage s
JOIN invoice i ON i.finess = :finess AND i.invoice_number = s.invoice_number
CROSS JOIN LATERAL (VALUES ('AMO', s.amo_due, s.amo_paid), ('AMC', s.amc_due, s.amc_paid),
                           ('PATIENT', s.patient_due, s.patient_paid)) AS v (payer, due, paid)
WHERE ip.invoice_id = i.id AND ip.payer = v.payer AND v.due = 0 AND v.paid = 0
  AND (ip.amount_due <> 0 OR ip.source_paid <> 0)
