-- Every payment's outcome of the night (matched, credit or suspense) and the note that says how or why.
UPDATE payment p
SET match_status = s.status, match_note = s.note
FROM unnest(:ids, :statuses, :notes) AS s (id, status, note)
WHERE p.id = s.id
