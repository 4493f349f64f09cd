-- Waits again for its import, which applies it without the share check.
UPDATE source_file SET status = 'received', snapshot_confirmed = true, reason_code = NULL, status_reason = NULL
WHERE id = :id AND status = 'held'
