-- Messages, segments (kept in the action's pages) and their cost (the step's price of one segment, times its
-- segments) of the SMS batches registered for the establishment's night.
SELECT count(a.id) AS messages, COALESCE(sum(a.pages), 0) AS segments, COALESCE(sum(a.cost * a.pages), 0) AS cost
FROM output_batch b
JOIN dunning_action a ON a.output_batch_id = b.id
WHERE b.finess = :finess AND b.kind = 'sms' AND b.run_date = :night
