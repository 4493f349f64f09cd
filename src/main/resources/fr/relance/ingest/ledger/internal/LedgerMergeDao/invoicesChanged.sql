-- Known invoices this file corrects (among the lines that may say something new): the previous version goes to change_history, then the new values are written.
-- An invoice closed at the source that appears again is open again (its parts' statuses follow). An unchanged
-- invoice is not touched.
WITH changed AS (
    SELECT i.id, s.line, s.digest, p.id AS patient_id, s.care_date, s.invoice_date, s.due_date,
           COALESCE(s.billing_date, i.billed_on) AS billed_on, s.total,
           COALESCE(s.payment_reference, i.payment_reference) AS payment_reference, s.dispute,
           i.closed_at_source_on AS was_closed,
           jsonb_build_object('patient_id', i.patient_id, 'care_date', i.care_date, 'issue_date', i.issue_date,
                              'due_date', i.due_date, 'billed_on', i.billed_on, 'total', i.total, 'payment_reference', i.payment_reference,
                              'disputed', i.disputed, 'closed_at_source_on', i.closed_at_source_on,
                              'source_file_id', i.source_file_id, 'source_line', i.source_line) AS previous
    FROM ledger_changed s
    JOIN invoice i ON i.id = s.invoice_id
    JOIN patient p ON p.finess = :finess AND p.external_id = s.patient_id
    WHERE (i.patient_id, i.care_date, i.issue_date, i.due_date, i.billed_on, i.total, i.payment_reference,
           i.disputed, i.closed_at_source_on)
          IS DISTINCT FROM
          (p.id, s.care_date, s.invoice_date, s.due_date, COALESCE(s.billing_date, i.billed_on), s.total,
           COALESCE(s.payment_reference, i.payment_reference), s.dispute, NULL::date)
), history AS (
    INSERT INTO change_history (entity, entity_id, changed_on, source_file_id, source_line, previous)
    SELECT 'invoice', id, :runDate, :file, line, previous FROM changed
), touched AS (
    INSERT INTO ledger_touched (invoice_id) SELECT id FROM changed WHERE was_closed IS NOT NULL
)
UPDATE invoice i
SET patient_id = c.patient_id, care_date = c.care_date, issue_date = c.invoice_date, due_date = c.due_date,
    billed_on = c.billed_on,
    total = c.total, payment_reference = c.payment_reference, disputed = c.dispute, closed_at_source_on = NULL,
    closed_reason = NULL, source_file_id = :file, source_line = c.line, updated_on = :runDate,
    ledger_digest = c.digest
FROM changed c
WHERE i.id = c.id
