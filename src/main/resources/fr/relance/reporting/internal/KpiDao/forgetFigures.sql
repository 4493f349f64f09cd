DELETE FROM kpi_daily WHERE finess = :finess AND run_date = :runDate
