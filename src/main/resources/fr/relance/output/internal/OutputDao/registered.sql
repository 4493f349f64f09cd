-- Batch parts of this kind already registered for the establishment's night, and the actions they hold.
SELECT count(*) AS parts, COALESCE(sum(item_count), 0) AS items
FROM output_batch
WHERE finess = :finess AND kind = :kind AND run_date = :night
