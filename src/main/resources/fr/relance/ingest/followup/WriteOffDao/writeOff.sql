-- An approved write-off: the patient's open patient parts the proposal covered (invoices dated up to the night it
-- went out; a later invoice was not proposed) are settled by a write_off allocation of what is open on them, named by
-- the follow-up line (a file sent again writes nothing twice), and marked written_off, a status no ledger or
-- reconciliation changes back. Returns the parts written off.
WITH parts AS (
    SELECT b.invoice_part_id, b.amount_open
    FROM invoice i
    JOIN invoice_part_balance b ON b.invoice_id = i.id AND b.payer = 'PATIENT'
    WHERE i.finess = :finess AND i.patient_id = :patient AND b.status = 'open' AND b.amount_open > 0
      AND COALESCE(i.issue_date, i.due_date, i.care_date) <= :proposedOn
), written AS (
    INSERT INTO allocation (invoice_part_id, amount, kind, allocated_on, source_file_id, source_line)
    SELECT invoice_part_id, amount_open, 'write_off', :on, :file, :line FROM parts
    ON CONFLICT (invoice_part_id, source_file_id, source_line, kind) WHERE source_file_id IS NOT NULL DO NOTHING
    RETURNING invoice_part_id
)
UPDATE invoice_part p
SET status = 'written_off', status_since = :on, last_movement_on = :on
FROM written w
WHERE p.id = w.invoice_part_id
