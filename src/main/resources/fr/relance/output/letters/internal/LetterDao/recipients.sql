-- The debtor of each action (name and postal address only) and, for a later letter, the night the first letter it
-- quotes was emitted: the date printed on that letter.
SELECT a.id AS action_id, p.last_name, p.first_name, p.address_line1, p.address_line2, p.postcode, p.city,
       p.country, q.emitted_on AS quoted_on
FROM dunning_action a
JOIN dunning_case c ON c.id = a.case_id
JOIN patient p ON p.id = c.patient_id AND p.finess = c.finess
LEFT JOIN dunning_action q ON q.reference = a.quotes_reference AND q.case_id = a.case_id AND q.status = 'emitted'
WHERE a.id IN (<actions>)
