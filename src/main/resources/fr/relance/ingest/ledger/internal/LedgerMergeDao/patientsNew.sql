-- Patients this establishment did not know yet. A plain insert, not an upsert: the establishment's imports run one
-- at a time, and a concurrent one would fail loudly on the unique key rather than merge silently. Their contact
-- fields come from the ledger, as of 00:00 of the night's business date, and
-- what the ledger said of them is recorded (see patientsChanged and patientDigests).
INSERT INTO patient (finess, external_id, last_name, first_name, address_line1, address_line2, postcode, city, phone, mobile,
                     email, birth_date, deceased, guardianship, sms_opt_out, dispute, source_file_id, source_line,
                     updated_on, ledger_digest, address_source, address_as_of, phone_source, phone_as_of,
                     mobile_source, mobile_as_of, email_source, email_as_of, deceased_source, deceased_as_of,
                     ledger_said)
SELECT :finess, s.patient_id, s.last_name, s.first_name, s.address_line1, s.address_line2, s.postcode, s.city, s.phone, s.mobile,
       s.email, s.birth_date, s.deceased, s.guardianship, s.sms_opt_out, s.any_dispute, :file, s.line, :runDate,
       s.digest, 'ledger', f.ledger_as_of, 'ledger', f.ledger_as_of, 'ledger', f.ledger_as_of, 'ledger', f.ledger_as_of,
       'ledger', f.ledger_as_of,
       jsonb_build_object('address', md5(ROW(s.address_line1, s.address_line2, s.postcode, s.city)::text),
                          'phone', md5(s.phone), 'mobile', md5(s.mobile), 'email', md5(s.email),
                          'deceased', s.deceased::text)
FROM ledger_patient s
CROSS JOIN (SELECT CAST(:runDate AS timestamptz) AS ledger_as_of) f
WHERE NOT EXISTS (SELECT 1 FROM patient p WHERE p.finess = :finess AND p.external_id = s.patient_id)
