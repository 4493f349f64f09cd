-- One patient per 1.25 invoices in each clinic
INSERT INTO patient (finess, external_id, last_name, source_file_id, source_line, updated_on)
SELECT f.finess, 'P' || g, 'Nom' || g, f.id, g, :night
FROM source_file f CROSS JOIN generate_series(1, CAST(:invoices * 4 / 5 AS INTEGER)) g
WHERE f.finess LIKE '98000%' AND f.kind = 'ledger'
