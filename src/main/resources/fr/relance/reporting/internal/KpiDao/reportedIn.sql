SELECT EXISTS (SELECT 1 FROM kpi_night WHERE (CAST(:finess AS TEXT) IS NULL OR finess = :finess) AND run_date BETWEEN :from AND :to)
