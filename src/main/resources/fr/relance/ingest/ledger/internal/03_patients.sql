-- New patients are added, changed ones updated from their latest line. Contact fields that were missing or
-- malformed in this file keep their known value: a typo never erases the way to reach a patient.
INSERT INTO patient AS p (finess, external_id, last_name, first_name, address_line1, address_line2, postcode, city,
                          phone, email, birth_date, deceased, guardianship, sms_opt_out, dispute, source_file_id,
                          source_line, updated_on)
SELECT :finess, s.patient_id, s.last_name, s.first_name, s.address_line1, s.address_line2, s.postcode, s.city, s.phone,
       s.email, s.birth_date, s.deceased, s.guardianship, s.sms_opt_out, s.any_dispute, :file, s.line, :runDate
FROM (SELECT DISTINCT ON (patient_id) *, bool_or(dispute) OVER (PARTITION BY patient_id) AS any_dispute
      FROM ledger_stage ORDER BY patient_id, line DESC) s
ON CONFLICT (finess, external_id) DO UPDATE SET
    last_name = EXCLUDED.last_name, first_name = EXCLUDED.first_name, address_line1 = EXCLUDED.address_line1,
    address_line2 = EXCLUDED.address_line2, postcode = COALESCE(EXCLUDED.postcode, p.postcode), city = EXCLUDED.city,
    phone = COALESCE(EXCLUDED.phone, p.phone), email = COALESCE(EXCLUDED.email, p.email),
    birth_date = COALESCE(EXCLUDED.birth_date, p.birth_date), deceased = EXCLUDED.deceased,
    guardianship = EXCLUDED.guardianship, sms_opt_out = EXCLUDED.sms_opt_out, dispute = EXCLUDED.dispute,
    source_file_id = EXCLUDED.source_file_id, source_line = EXCLUDED.source_line, updated_on = EXCLUDED.updated_on
WHERE (p.last_name, p.first_name, p.address_line1, p.address_line2, p.postcode, p.city, p.birth_date, p.phone, p.email,
       p.deceased, p.guardianship, p.sms_opt_out, p.dispute)
      IS DISTINCT FROM
      (EXCLUDED.last_name, EXCLUDED.first_name, EXCLUDED.address_line1, EXCLUDED.address_line2,
       COALESCE(EXCLUDED.postcode, p.postcode), EXCLUDED.city, COALESCE(EXCLUDED.birth_date, p.birth_date),
       COALESCE(EXCLUDED.phone, p.phone), COALESCE(EXCLUDED.email, p.email), EXCLUDED.deceased, EXCLUDED.guardianship,
       EXCLUDED.sms_opt_out, EXCLUDED.dispute)
