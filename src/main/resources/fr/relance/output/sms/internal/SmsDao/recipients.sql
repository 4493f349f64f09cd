-- The debtor's mobile (the phone when no mobile is known: the emitter checks it is a mobile) and postcode for each
-- SMS action, the night the first letter it quotes went out (the date it bears), and what the patient owes tonight,
-- all open patient parts together (never one invoice's or act's amount).
SELECT a.id AS action_id, a.cost, a.not_before, COALESCE(p.mobile, p.phone) AS phone, p.postcode,
       q.emitted_on AS quoted_on,
       COALESCE(o.owed, 0) AS owed
FROM dunning_action a
JOIN dunning_case c ON c.id = a.case_id
JOIN patient p ON p.id = c.patient_id AND p.finess = c.finess
LEFT JOIN dunning_action q ON q.reference = a.quotes_reference AND q.case_id = a.case_id AND q.status = 'emitted'
LEFT JOIN LATERAL (
    SELECT sum(b.amount_open) AS owed
    FROM invoice i
    JOIN invoice_part_balance b ON b.invoice_id = i.id AND b.payer = 'PATIENT'
    WHERE i.patient_id = c.patient_id AND i.finess = c.finess AND b.status = 'open' AND b.amount_open > 0
) o ON TRUE
WHERE a.id IN (<actions>)
