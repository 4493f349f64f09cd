-- One patient per invoice
INSERT INTO patient (finess, external_id, last_name, source_file_id, source_line, updated_on)
SELECT :finess, 'P' || g, 'BENCH', :ledgerFile, g, '2026-11-19' FROM generate_series(1, :invoices) g
