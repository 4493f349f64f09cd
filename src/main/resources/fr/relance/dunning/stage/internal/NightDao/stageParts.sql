-- Every live part (open or pending, and insurer parts rejected and being re-billed: the insurer may still pay) of
-- the establishment's invoices with its open balance. The balance is invoice_part_balance's settled_amount rule,
-- evaluated per part through the allocation
-- index: joining the view itself would aggregate the parts of every establishment each time.
INSERT INTO dunning_night_part (part_id, invoice_id, patient_id, invoice_number, payer, status, status_since,
    due_date, amount_open, last_paid)
SELECT p.id, p.invoice_id, i.patient_id, i.invoice_number, p.payer, p.status, p.status_since,
       COALESCE(i.due_date, i.issue_date, i.care_date, p.status_since),
       p.amount_due - settled_amount(p.source_paid, a.remitted, a.paid, a.adjusted, e.ledger_records_bank_payments),
       a.last_paid
FROM invoice i
JOIN establishment e ON e.finess = i.finess
JOIN invoice_part p ON p.invoice_id = i.id AND p.status IN ('open', 'pending', 'rejected')
LEFT JOIN LATERAL (
    SELECT sum(x.amount) FILTER (WHERE x.kind IN ('remittance', 'reversal')) AS remitted,
           sum(x.amount) FILTER (WHERE x.kind = 'payment') AS paid,
           sum(x.amount) FILTER (WHERE x.kind IN ('transfer_in', 'transfer_out', 'write_off')) AS adjusted,
           max(x.allocated_on) FILTER (WHERE x.kind = 'payment' AND x.amount > 0
               AND x.allocated_on <= :runDate) AS last_paid
    FROM allocation x
    WHERE x.invoice_part_id = p.id
) a ON TRUE
WHERE i.finess = :finess
