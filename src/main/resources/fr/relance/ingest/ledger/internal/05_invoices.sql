-- New invoices are added; a known one is corrected in place (its previous version is in change_history). An
-- invoice closed at the source that appears again is open again.
INSERT INTO invoice AS i (finess, invoice_number, patient_id, care_date, issue_date, due_date, total,
                          payment_reference, disputed, source_file_id, source_line, updated_on)
SELECT :finess, s.invoice_number, p.id, s.care_date, s.invoice_date, s.due_date, s.total, s.payment_reference,
       s.dispute, :file, s.line, :runDate
FROM ledger_stage s
JOIN patient p ON p.finess = :finess AND p.external_id = s.patient_id
ON CONFLICT (finess, invoice_number) DO UPDATE SET
    patient_id = EXCLUDED.patient_id, care_date = EXCLUDED.care_date, issue_date = EXCLUDED.issue_date,
    due_date = EXCLUDED.due_date, total = EXCLUDED.total,
    payment_reference = COALESCE(EXCLUDED.payment_reference, i.payment_reference), disputed = EXCLUDED.disputed,
    closed_at_source_on = NULL, closed_reason = NULL, source_file_id = EXCLUDED.source_file_id,
    source_line = EXCLUDED.source_line, updated_on = EXCLUDED.updated_on
WHERE (i.patient_id, i.care_date, i.issue_date, i.due_date, i.total, i.payment_reference, i.disputed,
       i.closed_at_source_on)
      IS DISTINCT FROM
      (EXCLUDED.patient_id, EXCLUDED.care_date, EXCLUDED.issue_date, EXCLUDED.due_date, EXCLUDED.total,
       COALESCE(EXCLUDED.payment_reference, i.payment_reference), EXCLUDED.disputed, NULL::date)
