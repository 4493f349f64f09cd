-- Each patient's invoice of 100 EUR, numbered F000000001 on
INSERT INTO invoice (finess, invoice_number, patient_id, issue_date, due_date, total, source_file_id,
    source_line, updated_on)
SELECT p.finess, 'F' || lpad(substr(p.external_id, 2), 9, '0'), p.id, '2026-09-01', '2026-10-01', 100,
       :ledgerFile, p.source_line, '2026-11-19'
FROM patient p WHERE p.finess = :finess
