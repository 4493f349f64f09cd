-- One patient part in a thousand written off tonight
INSERT INTO allocation (invoice_part_id, amount, kind, allocated_on, source_file_id, source_line)
SELECT p.id, p.amount_due, 'write_off', :night, p.source_file_id, p.source_line
FROM invoice_part p JOIN invoice i ON i.id = p.invoice_id
WHERE i.finess LIKE '98000%' AND p.payer = 'PATIENT' AND i.id % 1000 = 13 AND p.amount_due > 0
