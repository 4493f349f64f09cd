-- Write-offs approved: write-off allocations recorded since the previous reported night, per establishment and payer.
WITH marks AS (
    -- each establishment reads the money recorded after its previous reported night's marks, up to tonight's
    SELECT n.finess, n.first_night, n.allocation_upto, n.ledger_file_upto,
           COALESCE(prev.allocation_upto, 0) AS allocation_from, COALESCE(prev.ledger_file_upto, 0) AS ledger_file_from
    FROM kpi_night n
    LEFT JOIN LATERAL (SELECT k.allocation_upto, k.ledger_file_upto FROM kpi_night k
                       WHERE k.finess = n.finess AND k.run_date < n.run_date
                       ORDER BY k.run_date DESC LIMIT 1) prev ON TRUE
    WHERE n.finess IN (<finesses>) AND n.run_date = :runDate
)
INSERT INTO kpi_daily (finess, run_date, kpi, payer, amount, items)
SELECT i.finess, :runDate, 'WRITE_OFF_APPROVED', p.payer, sum(a.amount), count(DISTINCT a.invoice_part_id)
FROM allocation a
JOIN invoice_part p ON p.id = a.invoice_part_id
JOIN invoice i ON i.id = p.invoice_id
JOIN marks m ON m.finess = i.finess
WHERE a.kind = 'write_off'
  AND a.id <= (SELECT max(allocation_upto) FROM marks)
  -- an establishment's first night needs only the write-offs dated that night, not every allocation (recovered.sql)
  AND (a.id > (SELECT min(allocation_from) FROM marks WHERE NOT first_night) OR a.allocated_on = :runDate)
  AND a.id <= m.allocation_upto
  AND CASE WHEN m.first_night THEN a.allocated_on = :runDate ELSE a.id > m.allocation_from END
GROUP BY i.finess, p.payer
