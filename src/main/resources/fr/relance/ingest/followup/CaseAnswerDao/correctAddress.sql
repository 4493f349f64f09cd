-- The address the staff corrected with a review release: the previous version goes to change_history, and the
-- source 'followup' keeps it from a later ledger that still carries the old one (as for an ADT message).
WITH history AS (
    INSERT INTO change_history (entity, entity_id, changed_on, source_file_id, source_line, previous)
    SELECT 'patient', p.id, :on, :file, :line,
           jsonb_build_object('address_line1', p.address_line1, 'address_line2', p.address_line2,
                              'postcode', p.postcode, 'city', p.city, 'address_source', p.address_source)
    FROM patient p WHERE p.id = :patient
      AND (p.address_line1, p.address_line2, p.postcode, p.city)
          IS DISTINCT FROM (:line1, CAST(:line2 AS TEXT), :postcode, :city)
)
UPDATE patient
SET address_line1 = :line1, address_line2 = :line2, postcode = :postcode, city = :city, country = 'FR',
    address_source = 'followup', address_as_of = CAST(:on AS timestamptz), updated_on = :on
WHERE id = :patient
  AND (address_line1, address_line2, postcode, city) IS DISTINCT FROM (:line1, CAST(:line2 AS TEXT), :postcode, :city)
