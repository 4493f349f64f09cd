SELECT EXISTS (SELECT 1 FROM kpi_month_frozen WHERE scope = :scope AND month = :month)
