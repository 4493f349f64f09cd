UPDATE email_delivery
SET status = :status, attempts = attempts + 1, last_attempt_at = now(), last_error = :error
WHERE action_id = :actionId AND status = 'pending'
