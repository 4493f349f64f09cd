-- What each establishment billed in the 90 days up to tonight (invoice totals by issue date, else care date): the
-- denominator of days sales outstanding. Every establishment of the night has its row, zero when it billed nothing.
INSERT INTO kpi_daily (finess, run_date, kpi, amount, items)
SELECT e.finess, :runDate, 'BILLED_90_DAYS', COALESCE(sum(i.total), 0), count(i.id)
FROM establishment e
LEFT JOIN invoice i ON i.finess = e.finess AND i.closed_at_source_on IS NULL
 AND COALESCE(i.issue_date, i.care_date) > CAST(:runDate AS DATE) - 90 AND COALESCE(i.issue_date, i.care_date) <= :runDate
WHERE e.finess IN (<finesses>)
GROUP BY e.finess
