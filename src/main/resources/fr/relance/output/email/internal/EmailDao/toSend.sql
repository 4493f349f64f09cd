-- The establishment's e-mails still to hand to the SMTP server, whatever night they were registered on.
SELECT action_id, message_file, attempts
FROM email_delivery
WHERE finess = :finess AND status = 'pending'
ORDER BY run_date, action_id
