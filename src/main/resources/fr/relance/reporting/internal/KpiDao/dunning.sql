-- What dunning did tonight, per establishment: amounts placed (a case's first action, planned tonight, with the
-- balance it chases), actions emitted tonight with their cost per channel, letters avoided by the value rule
-- (decisions recorded tonight that did not spend a step's cost) and planned actions suppressed tonight by a payment,
-- an insurer's pending return or another gate (the cost not spent, per holding reason), write-offs proposed tonight.
WITH actions AS (
    SELECT c.finess, a.*
    FROM dunning_action a
    JOIN dunning_case c ON c.id = a.case_id
    WHERE c.finess IN (<finesses>)
), decided AS (
    SELECT c.finess, d.*
    FROM dunning_decision d
    JOIN dunning_case c ON c.id = d.case_id
    WHERE c.finess IN (<finesses>) AND d.run_date = :runDate
)
INSERT INTO kpi_daily (finess, run_date, kpi, payer, dimension, amount, items)
SELECT a.finess, :runDate, 'PLACED', 'PATIENT', '', sum(a.balance), count(*)
FROM actions a
WHERE a.run_date = :runDate
  AND NOT EXISTS (SELECT 1 FROM actions b WHERE b.case_id = a.case_id
                    AND (b.run_date < a.run_date OR (b.run_date = a.run_date AND b.id < a.id)))
GROUP BY a.finess
UNION ALL
SELECT finess, :runDate, 'ACTION_COST', 'PATIENT', channel, sum(cost), count(*)
FROM actions WHERE status = 'emitted' AND emitted_on = :runDate GROUP BY finess, channel
UNION ALL
SELECT finess, :runDate, 'AVOIDED_BY_VALUE', 'PATIENT', '', sum(cost_avoided), count(*)
FROM decided WHERE cost_avoided > 0 GROUP BY finess
UNION ALL
SELECT finess, :runDate, 'AVOIDED_BY_SUPPRESSION', 'PATIENT', reason, sum(cost), count(*)
FROM (SELECT finess, split_part(substr(status_reason, length(tonight) + 1), ':', 1) AS reason, cost
      FROM actions CROSS JOIN (SELECT 'suppressed on ' || CAST(:runDate AS DATE) || ': ' AS tonight) t
      WHERE status = 'suppressed' AND starts_with(status_reason, tonight)) s
GROUP BY finess, reason
UNION ALL
SELECT finess, :runDate, 'WRITE_OFF_PROPOSED', 'PATIENT', '', sum(balance), count(*)
FROM decided WHERE outcome = 'WRITE_OFF_PROPOSAL' GROUP BY finess
