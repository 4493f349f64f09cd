-- The decision in force on an open case, when it holds the case for a person: its reason codes.
SELECT array_to_string(d.codes, ',')
FROM dunning_case c
JOIN dunning_decision d ON d.id = c.last_decision_id
WHERE c.id = :caseId AND c.closed_on IS NULL AND d.human_review
