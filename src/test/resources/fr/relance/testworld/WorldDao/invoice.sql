INSERT INTO invoice (finess, invoice_number, patient_id, care_date, issue_date, due_date, total, source_file_id,
    source_line, updated_on)
VALUES (:finess, :number, :patient, :careDate, :issueDate, :dueDate, :total, :file, :line, :updatedOn)
RETURNING id
