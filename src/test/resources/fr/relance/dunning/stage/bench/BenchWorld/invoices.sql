-- One invoice per patient, two for a third of them, due 10 to 700 days before the night
INSERT INTO invoice (finess, invoice_number, patient_id, care_date, issue_date, due_date, total,
    source_file_id, source_line, updated_on)
SELECT :finess, p.external_id || '-' || k, p.id, d.due, d.due, d.due, 0, :ledgerFile, 1, :night
FROM patient p
CROSS JOIN LATERAL generate_series(1, CASE WHEN p.id % 3 = 0 THEN 2 ELSE 1 END) AS k
CROSS JOIN LATERAL (SELECT CAST(:night AS DATE) - CAST(10 + (p.id * 7 + k * 13) % 700 AS INTEGER) AS due) AS d
WHERE p.finess = :finess
