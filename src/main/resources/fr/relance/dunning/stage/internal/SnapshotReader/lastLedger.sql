-- The establishment's newest ledger imported (fully or partly) by the end of the run date, as a business date.
SELECT CAST(max(received_at AT TIME ZONE :zone) AS DATE)
FROM source_file
WHERE finess = :finess AND kind IN ('ledger', 'fec') AND status IN ('imported', 'partially_imported')
  AND CAST(received_at AT TIME ZONE :zone AS DATE) <= :runDate
