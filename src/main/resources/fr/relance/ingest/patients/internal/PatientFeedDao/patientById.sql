-- The same, by row (a merged patient's survivor).
SELECT id, merged_into, external_id, address_line1, address_line2, postcode, city, address_source, address_as_of,
       phone, phone_source, phone_as_of, mobile, mobile_source, mobile_as_of, email, email_source, email_as_of,
       deceased, deceased_on, deceased_source, deceased_as_of
FROM patient
WHERE id = :id
