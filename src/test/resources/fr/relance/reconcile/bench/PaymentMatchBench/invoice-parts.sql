-- An open AMO part of 100 EUR and an open patient part of 10,00 to 99,99 EUR on each invoice
INSERT INTO invoice_part (invoice_id, payer, amount_due, status, status_since, source_file_id, source_line)
SELECT i.id, v.payer, CASE v.payer WHEN 'AMO' THEN 100 ELSE 10 + (i.source_line % 9000) / 100.0 END,
       'open', '2026-11-19', :ledgerFile, i.source_line
FROM invoice i CROSS JOIN (VALUES ('AMO'), ('PATIENT')) v (payer)
WHERE i.finess = :finess
