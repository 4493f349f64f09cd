-- :lines AMO return lines, line g on invoice g: 80 % paid in full, 10 % partly, 5 % rejected (R), 5 % deferred (D)
INSERT INTO remittance_line (remittance_id, line_kind, payer_part, invoice_number, claimed, paid,
    return_status, source_file_id, source_line, source_item)
SELECT 900000001, 'invoice_return', 'AMO', lpad(g::text, 9, '0'), 70,
       CASE WHEN g % 20 IN (0, 1) THEN 0 WHEN g % 10 = 2 THEN 35 ELSE 70 END,
       CASE WHEN g % 20 = 0 THEN 'R' WHEN g % 20 = 1 THEN 'D' ELSE 'P' END,
       900000002, g, 1
FROM generate_series(1, :lines) g
