-- Every live part (open or pending, and insurer parts rejected and being re-billed: the insurer may still pay) of
-- the establishment's invoices with its open balance. The balance is invoice_part_balance's settled_amount rule,
-- evaluated per part through the allocation
-- index: joining the view itself would aggregate the parts of every establishment each time.
-- An insurer part was billed to its payer on the date of the B2 lot that carried it, else on the billing date its
-- ledger states (when the profile maps one), else on the invoice's date; not
-- on the night the engine first saw it (an establishment joining with a backlog would hold every patient for a whole
-- window more). A rejected part being re-billed waits from its rejection.
INSERT INTO dunning_night_part (part_id, invoice_id, patient_id, invoice_number, payer, status, status_since,
    due_date, amount_open, last_paid, billed_on)
SELECT p.id, p.invoice_id, i.patient_id, i.invoice_number, p.payer, p.status, p.status_since,
       COALESCE(i.due_date, i.issue_date, i.care_date, p.status_since),
       p.amount_due - settled_amount(p.source_paid, a.remitted, a.paid, a.adjusted, e.ledger_records_bank_payments),
       a.last_paid,
       CASE WHEN p.payer = 'PATIENT' THEN NULL
            WHEN p.status = 'rejected' THEN p.status_since
            ELSE COALESCE(b2.lot_date, i.billed_on, i.issue_date, p.status_since) END
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
LEFT JOIN b2_expectation b2 ON b2.id = p.b2_expectation_id
WHERE i.finess = :finess
  -- a patient whose data the retention stage erased is not chased again: their time-barred parts stay for the figures
  AND NOT EXISTS (SELECT 1 FROM patient pt WHERE pt.id = i.patient_id AND pt.purged_on IS NOT NULL)
