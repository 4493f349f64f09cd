-- An AMO part on every invoice, an AMC part on half, a patient part on all; the insurer parts of one invoice in ten pending
INSERT INTO invoice_part (invoice_id, payer, amount_due, status, status_since, source_file_id, source_line)
SELECT i.id, x.payer, x.due,
       CASE WHEN x.payer = 'PATIENT' THEN 'open' WHEN i.id % 10 = 0 THEN 'pending' ELSE 'paid' END,
       i.due_date, i.source_file_id, i.source_line
FROM invoice i
CROSS JOIN LATERAL (VALUES ('AMO', 20 + i.id % 180), ('AMC', CASE WHEN i.id % 2 = 0 THEN 5 + i.id % 40 END),
                           ('PATIENT', 1 + (i.id * 37 % 30000) / 100.0)) AS x(payer, due)
WHERE i.finess LIKE '98000%' AND x.due IS NOT NULL
