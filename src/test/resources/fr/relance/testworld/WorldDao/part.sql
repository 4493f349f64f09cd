INSERT INTO invoice_part (invoice_id, payer, amount_due, status, status_since, source_file_id, source_line)
VALUES (:invoice, :payer, :amount, :status, :since, :file, :line)
RETURNING id
