-- Known patients whose latest line says something new: their previous version goes to change_history and they
-- take the new values. Contact fields missing or malformed in this file keep their known value: a typo never erases
-- the way to reach a patient. A patient whose line says nothing new is not touched at all.
-- A contact field group last set by the ADT feed keeps its value unless this file was received after that message
-- and the ledger now says something it had not said before (ledger_said): a ledger that still carries the address
-- the patient administration system replaced never brings it back. A field the staff corrected
-- with a review release in a follow-up file (source 'followup') is kept the same way. A ledger's values count as of 00:00 of its night's
-- business date (an export of the day before); a group the ledger changes records the ledger as its source then.
WITH f AS (
    SELECT CAST(:runDate AS timestamptz) AS ledger_as_of
), keep AS (
    SELECT s.*, p.id,
           p.address_source IN ('adt', 'followup') AND (p.address_as_of >= f.ledger_as_of OR p.ledger_said ->> 'address'
               = md5(ROW(s.address_line1, s.address_line2, s.postcode, s.city)::text)) AS keep_address,
           s.phone IS NULL OR p.phone_source IN ('adt', 'followup')
               AND (p.phone_as_of >= f.ledger_as_of OR p.ledger_said ->> 'phone' = md5(s.phone)) AS keep_phone,
           s.mobile IS NULL OR p.mobile_source IN ('adt', 'followup')
               AND (p.mobile_as_of >= f.ledger_as_of OR p.ledger_said ->> 'mobile' = md5(s.mobile)) AS keep_mobile,
           s.email IS NULL OR p.email_source = 'adt'
               AND (p.email_as_of >= f.ledger_as_of OR p.ledger_said ->> 'email' = md5(s.email)) AS keep_email,
           p.deceased_source = 'adt' AND (p.deceased_as_of >= f.ledger_as_of
               OR p.ledger_said ->> 'deceased' = s.deceased::text) AS keep_deceased,
           f.ledger_as_of
    FROM ledger_patient s
    JOIN patient p ON p.finess = :finess AND p.external_id = s.patient_id
    CROSS JOIN f
), next AS (
    SELECT k.id, k.line, k.last_name, k.first_name,
           CASE WHEN k.keep_address THEN p.address_line1 ELSE k.address_line1 END AS address_line1,
           CASE WHEN k.keep_address THEN p.address_line2 ELSE k.address_line2 END AS address_line2,
           CASE WHEN k.keep_address THEN p.postcode ELSE COALESCE(k.postcode, p.postcode) END AS postcode,
           CASE WHEN k.keep_address THEN p.city ELSE k.city END AS city,
           CASE WHEN k.keep_phone THEN p.phone ELSE k.phone END AS phone,
           CASE WHEN k.keep_mobile THEN p.mobile ELSE k.mobile END AS mobile,
           CASE WHEN k.keep_email THEN p.email ELSE k.email END AS email,
           COALESCE(k.birth_date, p.birth_date) AS birth_date,
           CASE WHEN k.keep_deceased THEN p.deceased ELSE k.deceased END AS deceased,
           k.guardianship, k.sms_opt_out, k.any_dispute, k.ledger_as_of
    FROM keep k
    JOIN patient p ON p.id = k.id
), changed AS (
    SELECT n.*,
           (p.address_line1, p.address_line2, p.postcode, p.city)
               IS DISTINCT FROM (n.address_line1, n.address_line2, n.postcode, n.city) AS address_moved,
           p.phone IS DISTINCT FROM n.phone AS phone_moved, p.mobile IS DISTINCT FROM n.mobile AS mobile_moved,
           p.email IS DISTINCT FROM n.email AS email_moved, p.deceased IS DISTINCT FROM n.deceased AS deceased_moved,
           jsonb_build_object('last_name', p.last_name, 'first_name', p.first_name, 'address_line1', p.address_line1,
                              'address_line2', p.address_line2, 'postcode', p.postcode, 'city', p.city,
                              'phone', p.phone, 'mobile', p.mobile, 'email', p.email, 'birth_date', p.birth_date,
                              'deceased', p.deceased, 'guardianship', p.guardianship, 'sms_opt_out', p.sms_opt_out,
                              'dispute', p.dispute, 'source_file_id', p.source_file_id, 'source_line', p.source_line)
               AS previous
    FROM next n
    JOIN patient p ON p.id = n.id
    WHERE (p.last_name, p.first_name, p.address_line1, p.address_line2, p.postcode, p.city, p.birth_date,
           p.phone, p.mobile, p.email, p.deceased, p.guardianship, p.sms_opt_out, p.dispute)
          IS DISTINCT FROM
          (n.last_name, n.first_name, n.address_line1, n.address_line2, n.postcode, n.city, n.birth_date,
           n.phone, n.mobile, n.email, n.deceased, n.guardianship, n.sms_opt_out, n.any_dispute)
), history AS (
    INSERT INTO change_history (entity, entity_id, changed_on, source_file_id, source_line, previous)
    SELECT 'patient', id, :runDate, :file, line, previous FROM changed
)
UPDATE patient p
SET last_name = c.last_name, first_name = c.first_name, address_line1 = c.address_line1,
    address_line2 = c.address_line2, postcode = c.postcode, city = c.city, phone = c.phone, mobile = c.mobile,
    email = c.email, birth_date = c.birth_date, deceased = c.deceased,
    deceased_on = CASE WHEN c.deceased THEN p.deceased_on END, guardianship = c.guardianship,
    sms_opt_out = c.sms_opt_out, dispute = c.any_dispute, source_file_id = :file, source_line = c.line,
    updated_on = :runDate,
    address_source = CASE WHEN c.address_moved THEN 'ledger' ELSE p.address_source END,
    address_as_of = CASE WHEN c.address_moved THEN c.ledger_as_of ELSE p.address_as_of END,
    phone_source = CASE WHEN c.phone_moved THEN 'ledger' ELSE p.phone_source END,
    phone_as_of = CASE WHEN c.phone_moved THEN c.ledger_as_of ELSE p.phone_as_of END,
    mobile_source = CASE WHEN c.mobile_moved THEN 'ledger' ELSE p.mobile_source END,
    mobile_as_of = CASE WHEN c.mobile_moved THEN c.ledger_as_of ELSE p.mobile_as_of END,
    email_source = CASE WHEN c.email_moved THEN 'ledger' ELSE p.email_source END,
    email_as_of = CASE WHEN c.email_moved THEN c.ledger_as_of ELSE p.email_as_of END,
    deceased_source = CASE WHEN c.deceased_moved THEN 'ledger' ELSE p.deceased_source END,
    deceased_as_of = CASE WHEN c.deceased_moved THEN c.ledger_as_of ELSE p.deceased_as_of END
FROM changed c
WHERE p.id = c.id
