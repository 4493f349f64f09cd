-- What the establishment billed in the 90 days up to tonight (invoice totals by issue date, else care date): the
-- denominator of days sales outstanding.
INSERT INTO kpi_daily (finess, run_date, kpi, amount, items)
SELECT :finess, :runDate, 'BILLED_90_DAYS', COALESCE(sum(total), 0), count(*)
FROM invoice
WHERE finess = :finess AND closed_at_source_on IS NULL
  AND COALESCE(issue_date, care_date) > CAST(:runDate AS DATE) - 90 AND COALESCE(issue_date, care_date) <= :runDate
