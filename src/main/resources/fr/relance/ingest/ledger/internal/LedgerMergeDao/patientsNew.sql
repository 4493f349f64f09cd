-- Patients this establishment did not know yet. A plain insert, not an upsert: the establishment's imports run one
-- at a time, and a concurrent one would fail loudly on the unique key rather than merge silently.
INSERT INTO patient (finess, external_id, last_name, first_name, address_line1, address_line2, postcode, city, phone, mobile,
                     email, birth_date, deceased, guardianship, sms_opt_out, dispute, source_file_id, source_line,
                     updated_on, ledger_digest)
SELECT :finess, s.patient_id, s.last_name, s.first_name, s.address_line1, s.address_line2, s.postcode, s.city, s.phone, s.mobile,
       s.email, s.birth_date, s.deceased, s.guardianship, s.sms_opt_out, s.any_dispute, :file, s.line, :runDate,
       s.digest
FROM ledger_patient s
WHERE NOT EXISTS (SELECT 1 FROM patient p WHERE p.finess = :finess AND p.external_id = s.patient_id)
