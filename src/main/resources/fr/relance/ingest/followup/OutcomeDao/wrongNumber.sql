-- the first report of a number stands; reported again later, it stays wrong from that first day
INSERT INTO wrong_number (patient_id, number, reported_on, source_file_id, source_line)
VALUES (:patient, :number, :on, :file, :line)
ON CONFLICT (patient_id, number) DO NOTHING
