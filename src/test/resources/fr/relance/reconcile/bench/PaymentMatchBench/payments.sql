-- Payment g cites invoice t = 1 + (g * 6151) % invoices (the previous payment's for the "twice" kinds 18 and 19);
-- its kind g % 20 says how: in part (8, 9), too much (15, 16), by the RF reference printed on the invoice (10),
-- by name and exact amount only (12 to 14), an invoice that does not exist (17), otherwise in full
INSERT INTO payment (finess, channel, paid_on, amount, reference, invoice_number, payer_name,
    source_file_id, source_line)
SELECT :finess, 'bank_transfer', DATE '2026-11-01' + g % 19,
       CASE WHEN k IN (8, 9) THEN round(due / 2, 2) WHEN k IN (15, 16) THEN due + 20 ELSE due END,
       CASE WHEN k = 10 AND t % 10 = 0 THEN 'RFBENCH' || t END,
       CASE WHEN k = 17 THEN 'F9' || lpad(g::text, 8, '0')
            WHEN k BETWEEN 12 AND 14 OR k = 10 AND t % 10 = 0 THEN NULL
            ELSE 'F' || lpad(t::text, 9, '0') END,
       CASE WHEN k = 17 THEN 'INCONNU DU SERVICE' ELSE 'PRENOM NOM' || (1 + t % :patients) % 5003 END,
       :ledgerFile, 100000 + g
FROM (SELECT g, g % 20 AS k,
             1 + ((CASE WHEN g % 20 IN (18, 19) THEN g - 1 ELSE g END)::bigint * 6151) % :invoices AS t
      FROM generate_series(1, :payments) g) s
CROSS JOIN LATERAL (SELECT 10 + (t % 9000) / 100.0 AS due) d
