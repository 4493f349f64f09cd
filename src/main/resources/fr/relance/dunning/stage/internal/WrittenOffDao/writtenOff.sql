-- The patient's debts written off on the establishment's answer (follow-up file), with the file and line that
-- approved each: what explain shows after the decisions, since a written-off part leaves the cases silently.
SELECT i.invoice_number, a.amount, a.allocated_on, f.original_name AS file_name, a.source_line AS file_line
FROM invoice i
JOIN invoice_part p ON p.invoice_id = i.id AND p.payer = 'PATIENT'
JOIN allocation a ON a.invoice_part_id = p.id AND a.kind = 'write_off'
LEFT JOIN source_file f ON f.id = a.source_file_id
WHERE i.patient_id = :patient
ORDER BY a.allocated_on, i.invoice_number
