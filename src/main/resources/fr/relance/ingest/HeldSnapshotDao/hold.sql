-- The file stays where intake archived it; nothing of it was applied.
UPDATE source_file SET status = 'held', reason_code = 'SNAPSHOT_HELD', status_reason = :reason
WHERE id = :id
