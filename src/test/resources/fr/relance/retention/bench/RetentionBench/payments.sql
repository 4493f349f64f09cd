-- A payment of February 2023 settles the patient part of source lines % 4 = 1 and 3; those of 0 stay open, time-barred since
INSERT INTO allocation (invoice_part_id, amount, kind, allocated_on, source_file_id, source_line)
SELECT p.id, 50, 'payment', '2023-02-01', :ledgerFile, i.source_line
FROM invoice i JOIN invoice_part p ON p.invoice_id = i.id AND p.payer = 'PATIENT'
WHERE i.finess = :finess AND i.source_line % 4 IN (1, 3)
