-- The establishment's e-mails registered on the night, by what became of them.
SELECT count(*) AS emitted,
       count(*) FILTER (WHERE d.status = 'sent') AS sent,
       count(*) FILTER (WHERE d.status = 'pending') AS pending,
       count(*) FILTER (WHERE d.status = 'pickup') AS pickup,
       count(*) FILTER (WHERE d.status = 'bounced') AS bounced,
       count(*) FILTER (WHERE d.status = 'failed') AS failed
FROM output_batch b
JOIN dunning_action a ON a.output_batch_id = b.id
LEFT JOIN email_delivery d ON d.action_id = a.id
WHERE b.finess = :finess AND b.kind = 'email' AND b.run_date = :night
