-- A letter by its reference: its establishment, whether it went out, and where its batch file and archive copy are.
SELECT a.reference, c.finess, a.status, a.emitted_on, b.file_path, b.archive_path, a.first_page, a.pages
FROM dunning_action a
JOIN dunning_case c ON c.id = a.case_id
LEFT JOIN output_batch b ON b.id = a.output_batch_id
WHERE a.reference = :reference
