-- Keep the previous version of every patient this file changes.
INSERT INTO change_history (entity, entity_id, changed_on, source_file_id, source_line, previous)
SELECT 'patient', p.id, :runDate, :file, s.line,
       jsonb_build_object('last_name', p.last_name, 'first_name', p.first_name, 'address_line1', p.address_line1,
                          'address_line2', p.address_line2, 'postcode', p.postcode, 'city', p.city, 'phone', p.phone,
                          'email', p.email, 'birth_date', p.birth_date, 'deceased', p.deceased,
                          'guardianship', p.guardianship, 'sms_opt_out', p.sms_opt_out, 'dispute', p.dispute,
                          'source_file_id', p.source_file_id, 'source_line', p.source_line)
FROM (SELECT DISTINCT ON (patient_id) *, bool_or(dispute) OVER (PARTITION BY patient_id) AS any_dispute
      FROM ledger_stage ORDER BY patient_id, line DESC) s
JOIN patient p ON p.finess = :finess AND p.external_id = s.patient_id
WHERE (p.last_name, p.first_name, p.address_line1, p.address_line2, p.postcode, p.city, p.birth_date,
       p.phone, p.email, p.deceased, p.guardianship, p.sms_opt_out, p.dispute)
      IS DISTINCT FROM
      (s.last_name, s.first_name, s.address_line1, s.address_line2, COALESCE(s.postcode, p.postcode), s.city,
       COALESCE(s.birth_date, p.birth_date), COALESCE(s.phone, p.phone), COALESCE(s.email, p.email), s.deceased,
       s.guardianship, s.sms_opt_out, s.any_dispute)
