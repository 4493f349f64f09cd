-- Transfer to the patient: the payer part is settled by a transfer_out of what it still owes, and the patient part
-- (created with nothing due if the invoice had none) receives the same amount as a negative transfer_in, which
-- opens it. Both name the return line, so a rerun transfers nothing twice.
WITH moving AS (
    SELECT d.line_id, d.invoice_part_id, d.invoice_id, d.decided_on, b.amount_open
    FROM return_decision d
    JOIN invoice_part_balance b ON b.invoice_part_id = d.invoice_part_id
    WHERE d.rule = 'transfer' AND b.amount_open > 0
), patient_parts AS (
    INSERT INTO invoice_part (invoice_id, payer, amount_due, status, status_since, source_file_id, source_line)
    SELECT DISTINCT ON (m.invoice_id) m.invoice_id, 'PATIENT', 0, 'open', :runDate, i.source_file_id, i.source_line
    FROM moving m JOIN invoice i ON i.id = m.invoice_id
    ON CONFLICT (invoice_id, payer) DO UPDATE SET status = CASE WHEN invoice_part.status = 'paid' THEN 'open'
                                                                ELSE invoice_part.status END
    RETURNING id, invoice_id
), moved_out AS (
    INSERT INTO allocation (invoice_part_id, amount, kind, allocated_on, remittance_line_id)
    SELECT m.invoice_part_id, m.amount_open, 'transfer_out', m.decided_on, m.line_id FROM moving m
    ON CONFLICT (invoice_part_id, remittance_line_id, kind) WHERE remittance_line_id IS NOT NULL DO NOTHING
)
INSERT INTO allocation (invoice_part_id, amount, kind, allocated_on, remittance_line_id)
SELECT pp.id, -m.amount_open, 'transfer_in', m.decided_on, m.line_id
FROM moving m JOIN patient_parts pp ON pp.invoice_id = m.invoice_id
ON CONFLICT (invoice_part_id, remittance_line_id, kind) WHERE remittance_line_id IS NOT NULL DO NOTHING
