-- The night of the establishment's newest ledger imported (fully or partly) up to the run date. The night a file
-- was taken, not the wall-clock time it arrived, so replaying or resuming an older night sees what it saw then.
SELECT max(run_date)
FROM source_file
WHERE finess = :finess AND kind IN ('ledger', 'fec') AND status IN ('imported', 'partially_imported')
  AND run_date <= :runDate
