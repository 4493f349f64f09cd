-- Patient parts of the patients whose last name (upper case) is one of the names given: where the last rule looks
-- for the one part whose open amount is exactly a payment's. Patients are found through their name index.
SELECT upper(pa.last_name) AS target_of, p.id AS part_id
FROM patient pa
JOIN invoice i ON i.patient_id = pa.id
JOIN invoice_part p ON p.invoice_id = i.id AND p.payer = 'PATIENT'
WHERE pa.finess = :finess AND upper(pa.last_name) = ANY(:names)
