-- What a third party recovered, as a patient payment (kind payment, so settled_amount() counts it as money the
-- establishment received) spread over the patient's open patient parts, oldest due first, each share named by the
-- follow-up line: the same line never allocates twice. The answer is recorded in the same transaction, once.
WITH parts AS (
    SELECT b.invoice_part_id, b.amount_open,
           sum(b.amount_open) OVER (ORDER BY COALESCE(i.due_date, i.issue_date, i.care_date), i.invoice_number,
                                             b.invoice_part_id) - b.amount_open AS before
    FROM invoice i
    JOIN invoice_part_balance b ON b.invoice_id = i.id AND b.payer = 'PATIENT'
    WHERE i.finess = :finess AND i.patient_id = :patient AND b.status = 'open' AND b.amount_open > 0
)
INSERT INTO allocation (invoice_part_id, amount, kind, allocated_on, source_file_id, source_line)
SELECT invoice_part_id, LEAST(amount_open, :amount - before), 'payment', :on, :file, :line
FROM parts
WHERE before < :amount
ON CONFLICT (invoice_part_id, source_file_id, source_line, kind) WHERE source_file_id IS NOT NULL DO NOTHING
