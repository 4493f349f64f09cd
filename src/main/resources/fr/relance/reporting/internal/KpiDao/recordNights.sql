-- Where tonight reads the money tables up to, for each establishment: the end of allocation and source_file now. The
-- previous reported night's row says where it stopped; an establishment without one has its first night.
INSERT INTO kpi_night (finess, run_date, first_night, allocation_upto, ledger_file_upto, written_at)
SELECT e.finess, :runDate, NOT EXISTS (SELECT 1 FROM kpi_night k WHERE k.finess = e.finess AND k.run_date < :runDate),
       (SELECT COALESCE(max(id), 0) FROM allocation), (SELECT COALESCE(max(id), 0) FROM source_file), now()
FROM establishment e
WHERE e.finess IN (<finesses>)
