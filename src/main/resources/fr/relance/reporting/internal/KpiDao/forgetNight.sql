DELETE FROM kpi_night WHERE finess = :finess AND run_date = :runDate
