-- The patient payments still to match: new ones and those waiting in suspense (tried again every night, so that a
-- payment that arrived before its invoice is matched when the invoice does), oldest first: the order they are
-- matched in, each seeing the balances the earlier ones left. "already" is what an earlier night allocated of it.
SELECT p.id, p.paid_on, p.amount, p.reference, p.invoice_number, p.payer_name, p.bad_check_reference,
       COALESCE(a.already, 0) AS already
FROM payment p
LEFT JOIN (
    SELECT a.payment_id, sum(a.amount) AS already
    FROM allocation a
    JOIN payment q ON q.id = a.payment_id
    WHERE q.finess = :finess AND q.match_status IN ('unmatched', 'suspense')
    GROUP BY a.payment_id
) a ON a.payment_id = p.id
WHERE p.finess = :finess AND p.match_status IN ('unmatched', 'suspense')
ORDER BY p.paid_on, p.id
