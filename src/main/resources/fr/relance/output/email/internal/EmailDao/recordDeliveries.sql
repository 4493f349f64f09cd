-- Every e-mail action of a registered batch gets its delivery row, also after a crash between the batch's
-- registration and this statement: its message file lies in the folder named after the batch's manifest.
INSERT INTO email_delivery (action_id, finess, run_date, message_file, message_id, status)
SELECT a.id, b.finess, b.run_date,
       regexp_replace(b.file_path, '\.csv$', '') || '/EMAIL-' || a.id || '.eml',
       '<EMAIL-' || a.id || '.' || b.finess || '@relance.invalid>', :status
FROM output_batch b
JOIN dunning_action a ON a.output_batch_id = b.id
WHERE b.finess = :finess AND b.kind = 'email'
  AND NOT EXISTS (SELECT 1 FROM email_delivery d WHERE d.action_id = a.id)
ON CONFLICT DO NOTHING
