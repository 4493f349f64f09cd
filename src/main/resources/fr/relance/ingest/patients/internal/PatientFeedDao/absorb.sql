-- A40: the absorbed patient points to the survivor from now on (so do the patients it had absorbed itself), with the
-- previous state in change_history. Nothing is deleted: the record stays, its identifier resolves to the survivor.
WITH history AS (
    INSERT INTO change_history (entity, entity_id, changed_on, source_file_id, source_line, previous)
    SELECT 'patient', p.id, :runDate, :file, :line,
           jsonb_build_object('merged_into', p.merged_into, 'merged_on', p.merged_on)
    FROM patient p WHERE p.id = :absorbed
), earlier AS (
    UPDATE patient SET merged_into = :survivor WHERE merged_into = :absorbed
)
UPDATE patient SET merged_into = :survivor, merged_on = :runDate, updated_on = :runDate
WHERE id = :absorbed
