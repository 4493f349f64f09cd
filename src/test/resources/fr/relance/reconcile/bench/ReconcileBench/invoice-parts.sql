-- An open AMO part of 70 EUR and an open patient part of 30 EUR on each invoice
INSERT INTO invoice_part (invoice_id, payer, amount_due, status, status_since, source_file_id, source_line)
SELECT i.id, v.payer, v.due, 'open', '2026-11-19', :ledgerFile, i.source_line
FROM invoice i CROSS JOIN (VALUES ('AMO', 70.00), ('PATIENT', 30.00)) v (payer, due)
WHERE i.finess = :finess
