-- Only tonight's batches: batches printed before the establishment had a provider must never be sent to it.
INSERT INTO print_push (output_batch_id, finess, registered_on)
SELECT b.id, b.finess, b.run_date
FROM output_batch b
WHERE b.finess = :finess AND b.run_date = :night AND b.kind IN ('letters', 'registered_letters')
ON CONFLICT (output_batch_id) DO NOTHING
