-- One AMO remittance per clinic in tonight's NOEMIE file
INSERT INTO remittance (finess, source_file_id, source_line, payer, payment_date, net_amount)
SELECT f.finess, f.id, 0, x.payer, CAST(:night AS DATE) - 1, 0
FROM source_file f CROSS JOIN (VALUES ('AMO'), ('AMC')) AS x(payer)
WHERE f.finess LIKE '98000%' AND f.kind = 'noemie' AND x.payer = 'AMO'
