-- Return lines on 5 % of the payer parts, a tenth of them rejected, a few unmatched
INSERT INTO remittance_line (remittance_id, line_kind, payer_part, invoice_number, claimed, paid,
    return_status, match_status, invoice_part_id, source_file_id, source_line)
SELECT r.id, 'invoice_return', p.payer, i.invoice_number, p.amount_due,
       CASE WHEN p.id % 10 = 0 THEN 0 ELSE p.amount_due END, CASE WHEN p.id % 10 = 0 THEN 'R' ELSE 'P' END,
       CASE WHEN p.id % 97 = 0 THEN 'unmatched' ELSE 'matched' END, p.id, r.source_file_id, i.source_line
FROM invoice_part p
JOIN invoice i ON i.id = p.invoice_id
JOIN remittance r ON r.finess = i.finess
WHERE i.finess LIKE '98000%' AND p.payer <> 'PATIENT' AND p.id % 20 = 3
