UPDATE email_delivery
SET status = 'sent', attempts = attempts + 1, last_attempt_at = now(), sent_at = now(), last_error = NULL
WHERE action_id = :actionId AND status = 'pending'
