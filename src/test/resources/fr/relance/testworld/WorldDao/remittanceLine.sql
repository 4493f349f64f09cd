INSERT INTO remittance_line (remittance_id, line_kind, payer_part, claimed, paid, return_status, match_status,
    invoice_part_id, source_file_id, source_line)
VALUES (:remittance, 'invoice_return', :payer, :claimed, :paid, :status, 'matched', :part, :file, :line)
RETURNING id
