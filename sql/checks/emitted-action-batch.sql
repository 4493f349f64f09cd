-- An action marked emitted without a registered batch, or in a batch of another establishment: what went out must be
-- findable in its batch, and a batch holds one establishment's letters only.
SELECT a.id
FROM dunning_action a
JOIN dunning_case c ON c.id = a.case_id
LEFT JOIN output_batch b ON b.id = a.output_batch_id
WHERE a.status = 'emitted' AND (b.id IS NULL OR b.finess IS DISTINCT FROM c.finess)
ORDER BY a.id
