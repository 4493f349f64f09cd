-- Known patients whose latest line says something new: their previous version goes to change_history and they
-- take the new values. Contact fields missing or malformed in this file keep their known value: a typo never erases
-- the way to reach a patient. A patient whose line says nothing new is not touched at all.
WITH changed AS (
    SELECT p.id, s.line, s.last_name, s.first_name, s.address_line1, s.address_line2,
           COALESCE(s.postcode, p.postcode) AS postcode, s.city, COALESCE(s.phone, p.phone) AS phone,
           COALESCE(s.mobile, p.mobile) AS mobile,
           COALESCE(s.email, p.email) AS email, COALESCE(s.birth_date, p.birth_date) AS birth_date, s.deceased,
           s.guardianship, s.sms_opt_out, s.any_dispute,
           jsonb_build_object('last_name', p.last_name, 'first_name', p.first_name, 'address_line1', p.address_line1,
                              'address_line2', p.address_line2, 'postcode', p.postcode, 'city', p.city,
                              'phone', p.phone, 'mobile', p.mobile, 'email', p.email, 'birth_date', p.birth_date, 'deceased', p.deceased,
                              'guardianship', p.guardianship, 'sms_opt_out', p.sms_opt_out, 'dispute', p.dispute,
                              'source_file_id', p.source_file_id, 'source_line', p.source_line) AS previous
    FROM ledger_patient s
    JOIN patient p ON p.finess = :finess AND p.external_id = s.patient_id
    WHERE (p.last_name, p.first_name, p.address_line1, p.address_line2, p.postcode, p.city, p.birth_date,
           p.phone, p.mobile, p.email, p.deceased, p.guardianship, p.sms_opt_out, p.dispute)
          IS DISTINCT FROM
          (s.last_name, s.first_name, s.address_line1, s.address_line2, COALESCE(s.postcode, p.postcode), s.city,
           COALESCE(s.birth_date, p.birth_date), COALESCE(s.phone, p.phone), COALESCE(s.mobile, p.mobile), COALESCE(s.email, p.email), s.deceased,
           s.guardianship, s.sms_opt_out, s.any_dispute)
), history AS (
    INSERT INTO change_history (entity, entity_id, changed_on, source_file_id, source_line, previous)
    SELECT 'patient', id, :runDate, :file, line, previous FROM changed
)
UPDATE patient p
SET last_name = c.last_name, first_name = c.first_name, address_line1 = c.address_line1,
    address_line2 = c.address_line2, postcode = c.postcode, city = c.city, phone = c.phone, mobile = c.mobile, email = c.email,
    birth_date = c.birth_date, deceased = c.deceased, guardianship = c.guardianship, sms_opt_out = c.sms_opt_out,
    dispute = c.any_dispute, source_file_id = :file, source_line = c.line, updated_on = :runDate
FROM changed c
WHERE p.id = c.id
