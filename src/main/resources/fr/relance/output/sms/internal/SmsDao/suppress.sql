-- An SMS whose sending time passed too long ago is never sent late: suppressed, with the reason.
UPDATE dunning_action
SET status = 'suppressed', status_reason = :reason
WHERE id IN (<actions>) AND status = 'planned'
