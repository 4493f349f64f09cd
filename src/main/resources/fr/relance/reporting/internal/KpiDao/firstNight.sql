SELECT min(run_date) FROM kpi_night WHERE CAST(:finess AS TEXT) IS NULL OR finess = :finess
