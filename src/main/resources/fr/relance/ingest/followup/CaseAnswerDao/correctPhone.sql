-- The number the staff corrected with a review release, in E.164: a mobile replaces the mobile, another number the
-- telephone; the previous version goes to change_history.
WITH history AS (
    INSERT INTO change_history (entity, entity_id, changed_on, source_file_id, source_line, previous)
    SELECT 'patient', p.id, :on, :file, :line,
           jsonb_build_object('phone', p.phone, 'mobile', p.mobile, 'phone_source', p.phone_source,
                              'mobile_source', p.mobile_source)
    FROM patient p WHERE p.id = :patient
      AND CASE WHEN :mobile THEN p.mobile ELSE p.phone END IS DISTINCT FROM :number
)
UPDATE patient
SET mobile = CASE WHEN :mobile THEN :number ELSE mobile END,
    mobile_source = CASE WHEN :mobile THEN 'followup' ELSE mobile_source END,
    mobile_as_of = CASE WHEN :mobile THEN CAST(:on AS timestamptz) ELSE mobile_as_of END,
    phone = CASE WHEN :mobile THEN phone ELSE :number END,
    phone_source = CASE WHEN :mobile THEN phone_source ELSE 'followup' END,
    phone_as_of = CASE WHEN :mobile THEN phone_as_of ELSE CAST(:on AS timestamptz) END,
    updated_on = :on
WHERE id = :patient AND CASE WHEN :mobile THEN mobile ELSE phone END IS DISTINCT FROM :number
