-- Every allocation of money received that the establishment was not handed yet is handed tonight: a bank or
-- payment-page payment's share (a credit netted is one too), a payer's return, a retention's reversal. Transfers
-- between parts and write-offs move a debt and bring no money.
INSERT INTO post_back (allocation_id, finess, run_date)
SELECT a.id, :finess, :runDate
FROM allocation a
JOIN invoice_part p ON p.id = a.invoice_part_id
JOIN invoice i ON i.id = p.invoice_id
WHERE i.finess = :finess AND a.kind IN ('payment', 'remittance', 'reversal')
  AND NOT EXISTS (SELECT 1 FROM post_back pb WHERE pb.allocation_id = a.id)
