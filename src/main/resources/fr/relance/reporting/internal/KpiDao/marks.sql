-- Where tonight reads the money tables from: the marks the previous reported night of the establishment stopped at
-- (none on its first night), and where those tables end now.
SELECT prev.finess IS NULL AS first_night,
       COALESCE(prev.allocation_upto, 0) AS allocation_from,
       (SELECT COALESCE(max(id), 0) FROM allocation) AS allocation_upto,
       COALESCE(prev.ledger_file_upto, 0) AS ledger_file_from,
       (SELECT COALESCE(max(id), 0) FROM source_file) AS ledger_file_upto
FROM (SELECT 1) one
LEFT JOIN LATERAL (SELECT * FROM kpi_night
                   WHERE finess = :finess AND run_date < :runDate
                   ORDER BY run_date DESC LIMIT 1) prev ON TRUE
