-- The debtor of each call: name, the establishment's own file number and phone (mobile or landline), the postcode
-- (time zone and holidays), the first instant the decision allows, and what they owe tonight on all open patient parts.
SELECT a.id AS action_id, a.case_id, p.first_name, p.last_name, p.external_id,
       COALESCE(p.phone, p.mobile) AS phone, p.postcode, a.not_before,
       COALESCE(o.owed, 0) AS owed
FROM dunning_action a
JOIN dunning_case c ON c.id = a.case_id
JOIN patient p ON p.id = c.patient_id AND p.finess = c.finess
LEFT JOIN LATERAL (
    SELECT sum(b.amount_open) AS owed
    FROM invoice i
    JOIN invoice_part_balance b ON b.invoice_id = i.id AND b.payer = 'PATIENT'
    WHERE i.patient_id = c.patient_id AND i.finess = c.finess AND b.status = 'open' AND b.amount_open > 0
) o ON TRUE
WHERE a.id IN (<actions>)
