-- Keep the previous version of every invoice this file corrects.
INSERT INTO change_history (entity, entity_id, changed_on, source_file_id, source_line, previous)
SELECT 'invoice', i.id, :runDate, :file, s.line,
       jsonb_build_object('patient_id', i.patient_id, 'care_date', i.care_date, 'issue_date', i.issue_date,
                          'due_date', i.due_date, 'total', i.total, 'payment_reference', i.payment_reference,
                          'disputed', i.disputed, 'closed_at_source_on', i.closed_at_source_on,
                          'source_file_id', i.source_file_id, 'source_line', i.source_line)
FROM ledger_stage s
JOIN invoice i ON i.finess = :finess AND i.invoice_number = s.invoice_number
JOIN patient p ON p.finess = :finess AND p.external_id = s.patient_id
WHERE (i.patient_id, i.care_date, i.issue_date, i.due_date, i.total, i.payment_reference, i.disputed,
       i.closed_at_source_on)
      IS DISTINCT FROM
      (p.id, s.care_date, s.invoice_date, s.due_date, s.total, COALESCE(s.payment_reference, i.payment_reference),
       s.dispute, NULL::date)
