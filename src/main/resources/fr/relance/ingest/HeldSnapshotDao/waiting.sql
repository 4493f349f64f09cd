-- Held ledger snapshots still waiting for a decision: one that a newer snapshot of the same establishment replaced
-- (imported after it) is left out, since applying it now would bring an older ledger back. :finess null: every
-- establishment's (for ops), else that establishment's only.
SELECT s.id, s.finess, s.original_name AS name, s.status_reason AS reason
FROM source_file s
WHERE s.status = 'held'
  AND (CAST(:finess AS text) IS NULL OR s.finess = :finess)
  AND NOT EXISTS (SELECT 1 FROM source_file n
                  WHERE n.finess = s.finess AND n.kind = s.kind AND n.id > s.id
                    AND n.status IN ('imported', 'partially_imported'))
ORDER BY s.id
