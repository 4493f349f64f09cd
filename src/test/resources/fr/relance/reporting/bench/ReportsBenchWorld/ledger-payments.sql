-- Ledger rises on 2 % of the patient parts, seen in tonight's ledger
INSERT INTO ledger_payment (invoice_part_id, seen_on, amount, source_file_id)
SELECT p.id, :night, round(p.amount_due / 3, 2) + 0.01, f.id
FROM invoice_part p
JOIN invoice i ON i.id = p.invoice_id
JOIN source_file f ON f.finess = i.finess AND f.kind = 'ledger' AND f.run_date = :night
WHERE i.finess LIKE '98000%' AND p.payer = 'PATIENT' AND i.id % 50 = 11
