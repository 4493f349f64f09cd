-- The reason codes of the decision that planned each action: why a write-off is proposed.
SELECT d.action_id, array_to_string(d.codes, ',') AS codes
FROM dunning_decision d
WHERE d.action_id = ANY(:actionIds)
