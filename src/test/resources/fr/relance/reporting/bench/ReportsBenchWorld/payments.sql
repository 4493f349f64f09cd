-- Bank payments of 1 % of the patient parts, one in fifty in suspense
INSERT INTO payment (finess, channel, paid_on, amount, invoice_number, match_status, source_file_id,
    source_line)
SELECT i.finess, 'bank_transfer', CAST(:night AS DATE) - 1, p.amount_due,
       i.invoice_number, CASE WHEN p.id % 50 = 0 THEN 'suspense' ELSE 'matched' END, f.id, i.source_line
FROM invoice_part p
JOIN invoice i ON i.id = p.invoice_id
JOIN source_file f ON f.finess = i.finess AND f.kind = 'bank_statement' AND f.run_date = :night
WHERE i.finess LIKE '98000%' AND p.payer = 'PATIENT' AND i.id % 100 = 7
