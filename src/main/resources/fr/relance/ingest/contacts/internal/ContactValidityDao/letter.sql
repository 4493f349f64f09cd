SELECT a.id AS action_id, c.finess, a.channel, a.emitted_on
FROM dunning_action a
JOIN dunning_case c ON c.id = a.case_id
WHERE a.reference = :reference
