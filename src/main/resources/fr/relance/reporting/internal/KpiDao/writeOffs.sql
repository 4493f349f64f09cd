-- Write-offs approved: write-off allocations recorded since the previous reported night, per payer.
INSERT INTO kpi_daily (finess, run_date, kpi, payer, amount, items)
SELECT :finess, :runDate, 'WRITE_OFF_APPROVED', p.payer, sum(a.amount), count(DISTINCT a.invoice_part_id)
FROM allocation a
JOIN invoice_part p ON p.id = a.invoice_part_id
JOIN invoice i ON i.id = p.invoice_id
WHERE i.finess = :finess AND a.kind = 'write_off' AND a.id <= :m.allocationUpto
  AND CASE WHEN :m.firstNight THEN a.allocated_on = :runDate ELSE a.id > :m.allocationFrom END
GROUP BY p.payer
