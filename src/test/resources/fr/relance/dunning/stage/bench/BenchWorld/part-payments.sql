-- Half of one patient part in five paid, twenty days after it was due
INSERT INTO allocation (invoice_part_id, amount, kind, allocated_on, source_file_id, source_line)
SELECT p.id, round(p.amount_due / 2, 2), 'payment', p.status_since + 20, :ledgerFile, 1
FROM invoice_part p JOIN invoice i ON i.id = p.invoice_id
WHERE i.finess = :finess AND p.payer = 'PATIENT' AND p.id % 5 = 0 AND p.amount_due >= 2
