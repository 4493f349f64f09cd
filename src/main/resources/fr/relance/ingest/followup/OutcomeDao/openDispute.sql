-- a second litige line while one is open changes nothing: the dispute runs from its first day
INSERT INTO operator_dispute (patient_id, opened_on, source_file_id, source_line)
SELECT :patient, :on, :file, :line
WHERE NOT EXISTS (SELECT 1 FROM operator_dispute
                  WHERE patient_id = :patient AND opened_on <= :on AND (closed_on IS NULL OR closed_on > :on))
ON CONFLICT (patient_id, opened_on) DO NOTHING
