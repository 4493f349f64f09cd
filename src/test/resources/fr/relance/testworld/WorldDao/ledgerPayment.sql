INSERT INTO ledger_payment (invoice_part_id, seen_on, amount, source_file_id)
VALUES (:part, :on, :amount, :file)
