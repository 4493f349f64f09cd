INSERT INTO allocation (invoice_part_id, amount, kind, allocated_on, source_file_id, source_line)
VALUES (:part, :amount, :kind, :on, :file, :line)
