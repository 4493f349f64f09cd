DELETE FROM kpi_daily WHERE finess IN (<finesses>) AND run_date = :runDate
