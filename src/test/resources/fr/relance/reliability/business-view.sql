-- What a night leaves in the database, keyed by business identifiers only: generated ids (sequences are not
-- transactional, a killed transaction leaves gaps) and timestamps never appear. One query per table, each returning
-- one text column; a killed-and-resumed night must give exactly the lines of an uninterrupted one.
SELECT 'source_file ' || finess || ' ' || original_name || ' ' || kind || ' ' || status || ' ' || coalesce(reason_code, '-')
       || ' ' || sha256 FROM source_file WHERE status <> 'arriving';
SELECT 'patient ' || finess || ' ' || external_id || ' ' || last_name || ' ' || coalesce(postcode, '-') FROM patient;
SELECT 'invoice ' || i.finess || ' ' || i.invoice_number || ' ' || p.external_id || ' ' || i.total || ' '
       || coalesce(i.closed_at_source_on::text, '-') FROM invoice i JOIN patient p ON p.id = i.patient_id;
SELECT 'part ' || i.finess || ' ' || i.invoice_number || ' ' || ip.payer || ' ' || ip.amount_due || ' ' || ip.status
       || ' ' || b.amount_settled
FROM invoice_part ip JOIN invoice i ON i.id = ip.invoice_id JOIN invoice_part_balance b ON b.invoice_part_id = ip.id;
SELECT 'allocation ' || i.finess || ' ' || i.invoice_number || ' ' || ip.payer || ' ' || a.kind || ' ' || a.amount
       || ' ' || a.allocated_on || ' ' || coalesce(sf.original_name, '-') || ' ' || coalesce(a.source_line::text, '-')
       || ' ' || coalesce(pay.channel || ':' || coalesce(pay.reference, '') || ':' || pay.paid_on, '-')
       || ' ' || coalesce(rl.invoice_number || ':' || rl.paid, '-')
FROM allocation a
JOIN invoice_part ip ON ip.id = a.invoice_part_id
JOIN invoice i ON i.id = ip.invoice_id
LEFT JOIN source_file sf ON sf.id = a.source_file_id
LEFT JOIN payment pay ON pay.id = a.payment_id
LEFT JOIN remittance_line rl ON rl.id = a.remittance_line_id;
SELECT 'payment ' || p.finess || ' ' || p.channel || ' ' || p.paid_on || ' ' || p.amount || ' ' || coalesce(p.reference, '-')
       || ' ' || p.match_status || ' ' || sf.original_name || ' ' || p.source_line
FROM payment p JOIN source_file sf ON sf.id = p.source_file_id;
SELECT 'remittance_line ' || sf.original_name || ' ' || coalesce(rl.invoice_number, '-') || ' ' || rl.paid || ' '
       || rl.match_status FROM remittance_line rl JOIN source_file sf ON sf.id = rl.source_file_id;
SELECT 'case ' || c.finess || ' ' || p.external_id || ' ' || c.opened_on || ' ' || coalesce(c.closed_on::text, '-')
       || ' ' || coalesce(c.closed_reason, '-') FROM dunning_case c JOIN patient p ON p.id = c.patient_id;
SELECT 'action ' || c.finess || ' ' || p.external_id || ' ' || a.step_number || ' ' || a.channel || ' ' || a.status
       || ' ' || a.run_date || ' ' || a.balance || ' ' || coalesce(ob.kind || ':' || ob.sequence, '-')
FROM dunning_action a
JOIN dunning_case c ON c.id = a.case_id
JOIN patient p ON p.id = c.patient_id
LEFT JOIN output_batch ob ON ob.id = a.output_batch_id;
SELECT 'batch ' || coalesce(finess, '-') || ' ' || kind || ' ' || run_date || ' ' || sequence || ' ' || item_count
FROM output_batch;
SELECT 'ingest_reject ' || sf.original_name || ' ' || r.line_number || ' ' || coalesce(r.field, '-') || ' ' || r.reason_code
FROM ingest_reject r JOIN source_file sf ON sf.id = r.source_file_id;
