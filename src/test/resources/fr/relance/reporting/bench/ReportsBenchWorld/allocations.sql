-- Insurer money on every paid payer part; half of one patient part in five paid
INSERT INTO allocation (invoice_part_id, amount, kind, allocated_on, source_file_id, source_line)
SELECT p.id, CASE WHEN p.payer = 'PATIENT' THEN round(p.amount_due / 2, 2) ELSE p.amount_due END,
       CASE WHEN p.payer = 'PATIENT' THEN 'payment' ELSE 'remittance' END, p.status_since + 20,
       p.source_file_id, p.source_line
FROM invoice_part p
JOIN invoice i ON i.id = p.invoice_id
WHERE i.finess LIKE '98000%' AND (p.status = 'paid' OR (p.payer = 'PATIENT' AND p.id % 5 = 0))
  AND p.amount_due >= 0.02
