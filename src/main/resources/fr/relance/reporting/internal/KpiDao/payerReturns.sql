-- Payer returns of the files received tonight, per establishment: invoice return lines per payer, those rejected
-- (status R) with the amount they claimed, and the reject codes of the rejected lines.
WITH lines AS (
    SELECT r.finess, rl.id, COALESCE(rl.payer_part, r.payer) AS payer, rl.return_status,
           COALESCE(rl.claimed, 0) AS claimed
    FROM remittance_line rl
    JOIN remittance r ON r.id = rl.remittance_id
    JOIN source_file f ON f.id = rl.source_file_id
    WHERE r.finess IN (<finesses>) AND f.run_date = :runDate AND rl.line_kind = 'invoice_return'
)
INSERT INTO kpi_daily (finess, run_date, kpi, payer, dimension, amount, items)
SELECT finess, :runDate, 'PAYER_RETURNS', payer, '', sum(claimed), count(*) FROM lines GROUP BY finess, payer
UNION ALL
SELECT finess, :runDate, 'PAYER_REJECTS', payer, '', sum(claimed), count(*)
FROM lines WHERE return_status = 'R' GROUP BY finess, payer
UNION ALL
SELECT l.finess, :runDate, 'REJECT_CODES', l.payer, c.code, sum(l.claimed), count(*)
FROM lines l JOIN remittance_code c ON c.remittance_line_id = l.id
WHERE l.return_status = 'R'
GROUP BY l.finess, l.payer, c.code
