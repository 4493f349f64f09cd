-- Stocks tonight that wait for a person, per establishment: patient payments in suspense (or not matched yet) and
-- over-payments credited to patients, by what is left unallocated; payer return lines no invoice could take, or
-- contradicting the invoice they name.
WITH payments AS (
    SELECT p.finess, CASE WHEN p.match_status = 'credit' THEN 'credit' ELSE 'suspense' END AS kind,
           p.amount - COALESCE(sum(a.amount), 0) AS unallocated
    FROM payment p
    LEFT JOIN allocation a ON a.payment_id = p.id
    WHERE p.finess IN (<finesses>) AND p.match_status IN ('unmatched', 'suspense', 'credit')
    GROUP BY p.id
)
INSERT INTO kpi_daily (finess, run_date, kpi, payer, dimension, amount, items)
SELECT finess, :runDate, 'SUSPENSE', 'PATIENT', kind, sum(unallocated), count(*)
FROM payments GROUP BY finess, kind
UNION ALL
SELECT r.finess, :runDate, 'UNMATCHED_RETURNS', r.payer, rl.match_status, sum(rl.paid), count(*)
FROM remittance_line rl
JOIN remittance r ON r.id = rl.remittance_id
WHERE r.finess IN (<finesses>) AND rl.match_status IN ('unmatched', 'inconsistent')
GROUP BY r.finess, r.payer, rl.match_status
