-- Write-offs approved for the patient since the proposal went out: a refusal after an approval contradicts it.
SELECT count(*) FROM allocation a
JOIN invoice_part p ON p.id = a.invoice_part_id AND p.payer = 'PATIENT'
JOIN invoice i ON i.id = p.invoice_id
WHERE i.finess = :finess AND i.patient_id = :patient AND a.kind = 'write_off' AND a.allocated_on >= :since
