-- Marks a month's report written; false when it was already (a frozen month is never written again).
INSERT INTO kpi_month_frozen (scope, month, frozen_on) VALUES (:scope, :month, :night)
ON CONFLICT DO NOTHING
RETURNING TRUE
