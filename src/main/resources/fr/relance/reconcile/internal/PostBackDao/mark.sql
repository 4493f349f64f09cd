-- Every allocation of money received that the establishment was not handed yet is handed tonight: a bank or
-- payment-page payment's share (a credit netted is one too), a payer's return, a retention's reversal. Transfers
-- between parts and write-offs move a debt and bring no money.
-- A set difference, not NOT EXISTS: on an empty or freshly filled post_back the planner chose a nested loop that
-- scanned the table once per allocation, pages written by this very insert included (137 s for 150,000 allocations);
-- EXCEPT is always a hash or a sort over each side once.
INSERT INTO post_back (allocation_id, finess, run_date)
SELECT n.id, :finess, :runDate
FROM (
    SELECT a.id
    FROM allocation a
    JOIN invoice_part p ON p.id = a.invoice_part_id
    JOIN invoice i ON i.id = p.invoice_id
    WHERE i.finess = :finess AND a.kind IN ('payment', 'remittance', 'reversal')
    EXCEPT
    SELECT pb.allocation_id FROM post_back pb WHERE pb.finess = :finess
) n
