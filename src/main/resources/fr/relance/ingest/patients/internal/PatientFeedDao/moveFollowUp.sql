-- A40: the contacts and instalment plans reported for the absorbed patient hold the survivor's case too (a contact
-- or plan the survivor already has under the same key stays the survivor's own).
WITH contacts AS (
    UPDATE patient_contact c SET patient_id = :survivor
    WHERE c.patient_id = :absorbed
      AND NOT EXISTS (SELECT 1 FROM patient_contact s
                      WHERE s.patient_id = :survivor AND s.contacted_on = c.contacted_on AND s.channel = c.channel
                        AND s.origin = c.origin AND s.refused_calls = c.refused_calls)
)
UPDATE payment_plan pp SET patient_id = :survivor
WHERE pp.patient_id = :absorbed
  AND NOT EXISTS (SELECT 1 FROM payment_plan s WHERE s.patient_id = :survivor AND s.reference = pp.reference)
