-- Every e-mail action of a registered batch gets its delivery row, also after a crash between the batch's
-- registration and this statement: its message file lies in the folder named after the batch's manifest.
-- The actions still without one are a set difference (EXCEPT: a hash or a sort over each side once), not NOT EXISTS,
-- which the planner may run as a scan of email_delivery per action when the table is empty or freshly filled
-- (reconcile/internal/PostBackDao/mark.sql, where it took 137 s).
WITH missing AS (
    SELECT a.id
    FROM output_batch b
    JOIN dunning_action a ON a.output_batch_id = b.id
    WHERE b.finess = :finess AND b.kind = 'email'
    EXCEPT
    SELECT d.action_id FROM email_delivery d WHERE d.finess = :finess
)
INSERT INTO email_delivery (action_id, finess, run_date, message_file, message_id, status)
SELECT a.id, b.finess, b.run_date,
       regexp_replace(b.file_path, '\.csv$', '') || '/EMAIL-' || a.id || '.eml',
       '<EMAIL-' || a.id || '.' || b.finess || '@relance.invalid>', :status
FROM missing m
JOIN dunning_action a ON a.id = m.id
JOIN output_batch b ON b.id = a.output_batch_id
ON CONFLICT DO NOTHING
