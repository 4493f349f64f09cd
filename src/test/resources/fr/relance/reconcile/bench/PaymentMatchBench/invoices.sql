-- Invoice g belongs to patient 1 + g % patients; one in ten prints an RF reference
INSERT INTO invoice (finess, invoice_number, patient_id, issue_date, due_date, total, payment_reference,
    source_file_id, source_line, updated_on)
SELECT :finess, 'F' || lpad(g::text, 9, '0'), p.id, '2026-09-01', DATE '2026-09-01' + g % 60, 200,
       CASE WHEN g % 10 = 0 THEN 'RFBENCH' || g END, :ledgerFile, g, '2026-11-19'
FROM generate_series(1, :invoices) g JOIN patient p ON p.finess = :finess AND p.source_line = 1 + g % :patients
