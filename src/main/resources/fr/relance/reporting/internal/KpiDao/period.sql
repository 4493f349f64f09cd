-- The figures of a period for one establishment, or for all when :finess is null: flows summed over the period's
-- nights, stocks as recorded on each establishment's last reported night of the period. An uplift of several
-- establishments is their mean weighted by the actions observed.
WITH nights AS (
    SELECT k.*
    FROM kpi_daily k
    WHERE (CAST(:finess AS TEXT) IS NULL OR k.finess = :finess) AND k.run_date BETWEEN :from AND :to
), last AS (
    SELECT finess, max(run_date) AS run_date FROM nights GROUP BY finess
)
SELECT n.kpi, n.payer, n.dimension, sum(n.amount) AS amount, sum(n.items) AS items,
       round(COALESCE(sum(n.rate * n.items) / NULLIF(sum(n.items), 0), avg(n.rate)), 4) AS rate
FROM nights n
LEFT JOIN last l ON l.finess = n.finess AND l.run_date = n.run_date
WHERE n.kpi NOT IN (<stocks>) OR l.finess IS NOT NULL
GROUP BY n.kpi, n.payer, n.dimension
ORDER BY n.kpi, n.payer, n.dimension
