DELETE FROM kpi_night WHERE finess IN (<finesses>) AND run_date = :runDate
