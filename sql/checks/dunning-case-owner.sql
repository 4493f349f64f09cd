-- A dunning case whose establishment or patient does not exist, or whose patient belongs to another establishment
-- (guarded by set-based checks before commit since the foreign keys were dropped, migration V20261124.21).
SELECT c.id
FROM dunning_case c
LEFT JOIN establishment e ON e.finess = c.finess
LEFT JOIN patient p ON p.id = c.patient_id
WHERE e.finess IS NULL OR p.id IS NULL OR p.finess <> c.finess
ORDER BY c.id
