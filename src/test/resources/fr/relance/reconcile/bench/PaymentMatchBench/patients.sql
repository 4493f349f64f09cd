-- One patient per two invoices, 5,003 last names
INSERT INTO patient (finess, external_id, last_name, first_name, source_file_id, source_line, updated_on)
SELECT :finess, 'P' || g, 'NOM' || (g % 5003), 'PRENOM', :ledgerFile, g, '2026-11-19' FROM generate_series(1, :patients) g
