-- Invoices of January 2023, invoice g of patient 1 + g % patients
INSERT INTO invoice (finess, invoice_number, patient_id, care_date, issue_date, due_date, total,
    source_file_id, source_line, updated_on)
SELECT :finess, 'F' || lpad(g::text, 9, '0'), p.id, '2023-01-02', '2023-01-05', DATE '2023-01-05' + g % 60, 150,
       :ledgerFile, g, '2023-01-10'
FROM generate_series(1, :invoices) g JOIN patient p ON p.finess = :finess AND p.source_line = 1 + g % :patients
