INSERT INTO remittance (finess, source_file_id, source_line, payer, payment_date, net_amount)
VALUES (:finess, :file, :line, :payer, DATE '2030-01-01', :paid)
RETURNING id
