-- An AMO part of 100 EUR, paid, and a patient part of 50 EUR: paid at the ledger on source lines % 4 = 2, marked paid on 1 and 2
INSERT INTO invoice_part (invoice_id, payer, amount_due, source_paid, status, status_since,
    source_file_id, source_line)
SELECT i.id, v.payer, CASE v.payer WHEN 'AMO' THEN 100 ELSE 50 END,
       CASE WHEN v.payer = 'AMO' OR i.source_line % 4 = 2 THEN CASE v.payer WHEN 'AMO' THEN 100 ELSE 50 END
            ELSE 0 END,
       CASE WHEN v.payer = 'AMO' OR i.source_line % 4 IN (1, 2) THEN 'paid' ELSE 'open' END,
       '2023-02-01', :ledgerFile, i.source_line
FROM invoice i CROSS JOIN (VALUES ('AMO'), ('PATIENT')) v (payer)
WHERE i.finess = :finess
