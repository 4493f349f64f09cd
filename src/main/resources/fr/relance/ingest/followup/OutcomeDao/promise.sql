INSERT INTO payment_promise (patient_id, promised_on, due_on, amount, source_file_id, source_line)
VALUES (:patient, :on, :by, :amount, :file, :line)
ON CONFLICT (patient_id, promised_on, due_on, amount) DO NOTHING
