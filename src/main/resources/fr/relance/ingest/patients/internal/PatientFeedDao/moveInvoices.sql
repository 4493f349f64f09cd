-- A40: the absorbed patient's invoices become the survivor's, each move in change_history.
WITH moved AS (
    UPDATE invoice SET patient_id = :survivor WHERE patient_id = :absorbed RETURNING id
)
INSERT INTO change_history (entity, entity_id, changed_on, source_file_id, source_line, previous)
SELECT 'invoice', id, :runDate, :file, :line, jsonb_build_object('patient_id', :absorbed) FROM moved
