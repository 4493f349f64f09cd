-- One CPAM remittance holding every return line
INSERT INTO remittance (id, finess, source_file_id, source_line, payer, organisation, transfer_reference,
    payment_date, net_amount)
VALUES (900000001, :finess, 900000002, 1, 'AMO', 'CPAM', 'VIR BENCH', '2026-11-18', 0)
