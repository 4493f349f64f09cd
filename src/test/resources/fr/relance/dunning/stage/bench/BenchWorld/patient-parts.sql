-- The patient part of every invoice: 1 to 91 EUR, one in twenty-five 200 to 1,099 EUR
INSERT INTO invoice_part (invoice_id, payer, amount_due, status, status_since, source_file_id, source_line)
SELECT i.id, 'PATIENT',
       CASE WHEN i.id % 25 = 0 THEN 200 + i.id % 900 ELSE 1 + (i.id * 37 % 9000) / 100.0 END,
       'open', i.due_date, :ledgerFile, 1
FROM invoice i WHERE i.finess = :finess
