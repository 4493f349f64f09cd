-- A patient's contact fields as a message leaves them; the previous version goes to change_history (no NIR is ever
-- in either: the feed does not read it).
WITH history AS (
    INSERT INTO change_history (entity, entity_id, changed_on, source_file_id, source_line, previous)
    SELECT 'patient', p.id, :runDate, :file, :line,
           jsonb_build_object('address_line1', p.address_line1, 'address_line2', p.address_line2,
                              'postcode', p.postcode, 'city', p.city, 'phone', p.phone, 'mobile', p.mobile,
                              'email', p.email, 'deceased', p.deceased, 'deceased_on', p.deceased_on,
                              'address_source', p.address_source, 'phone_source', p.phone_source,
                              'mobile_source', p.mobile_source, 'email_source', p.email_source,
                              'deceased_source', p.deceased_source)
    FROM patient p WHERE p.id = :p.id
)
UPDATE patient
SET address_line1 = :p.addressLine1, address_line2 = :p.addressLine2, postcode = :p.postcode, city = :p.city,
    address_source = :p.addressSource, address_as_of = :p.addressAsOf,
    phone = :p.phone, phone_source = :p.phoneSource, phone_as_of = :p.phoneAsOf,
    mobile = :p.mobile, mobile_source = :p.mobileSource, mobile_as_of = :p.mobileAsOf,
    email = :p.email, email_source = :p.emailSource, email_as_of = :p.emailAsOf,
    deceased = :p.deceased, deceased_on = :p.deceasedOn, deceased_source = :p.deceasedSource,
    deceased_as_of = :p.deceasedAsOf, updated_on = :runDate
WHERE id = :p.id
