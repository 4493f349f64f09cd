-- :invoices invoices per clinic, due 0 to 800 days before the night
INSERT INTO invoice (finess, invoice_number, patient_id, care_date, issue_date, due_date, total,
    source_file_id, source_line, updated_on)
SELECT f.finess, 'F' || g, p.id, d.due - 30, d.due - 30, d.due, 0, f.id, g, :night
FROM source_file f
CROSS JOIN generate_series(1, :invoices) g
CROSS JOIN LATERAL (SELECT CAST(:night AS DATE) - g * 7919 % 800 AS due) d
JOIN patient p ON p.finess = f.finess AND p.external_id = 'P' || (1 + g % CAST(:invoices * 4 / 5 AS INTEGER))
WHERE f.finess LIKE '98000%' AND f.kind = 'ledger'
