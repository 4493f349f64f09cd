-- The suppression text starts with the night that suppressed the action (NightDao/suppress.sql).
UPDATE dunning_action
SET status = 'planned', status_reason = NULL
WHERE status = 'suppressed' AND status_reason LIKE 'suppressed on ' || CAST(:night AS DATE) || ':%'
