-- A patient, invoice or invoice part whose source file is not registered (the ledger merge writes these in bulk
-- without a foreign key to source_file).
SELECT 'patient ' || p.id FROM patient p
WHERE NOT EXISTS (SELECT 1 FROM source_file f WHERE f.id = p.source_file_id)
UNION ALL
SELECT 'invoice ' || i.id FROM invoice i
WHERE NOT EXISTS (SELECT 1 FROM source_file f WHERE f.id = i.source_file_id)
UNION ALL
SELECT 'invoice_part ' || p.id FROM invoice_part p
WHERE NOT EXISTS (SELECT 1 FROM source_file f WHERE f.id = p.source_file_id)
