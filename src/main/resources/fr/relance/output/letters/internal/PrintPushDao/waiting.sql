-- Oldest night first, then simple letters before registered ones, in file order.
SELECT b.id AS batch, b.file_path, b.index_path, b.run_date AS night
FROM print_push p
JOIN output_batch b ON b.id = p.output_batch_id
WHERE p.finess = :finess AND p.pushed_at IS NULL
ORDER BY b.run_date, b.kind, b.sequence
