-- The address the letter went to: the patient's address on the night it was emitted, which is the previous version
-- kept by the first change of the patient after that night, or the address of today when none came since.
INSERT INTO returned_mail (action_id, patient_id, returned_on, reason, invalidates_address, address_key,
                           source_file_id, source_line)
SELECT a.id, c.patient_id, :returnedOn, :reason, :invalidates,
       COALESCE((SELECT postal_address_key(h.previous ->> 'address_line1', h.previous ->> 'address_line2',
                                           h.previous ->> 'postcode', h.previous ->> 'city')
                 FROM change_history h
                 WHERE h.entity = 'patient' AND h.entity_id = c.patient_id AND h.changed_on > a.emitted_on
                 ORDER BY h.changed_on, h.id
                 LIMIT 1),
                postal_address_key(p.address_line1, p.address_line2, p.postcode, p.city)),
       :file, :line
FROM dunning_action a
JOIN dunning_case c ON c.id = a.case_id
JOIN patient p ON p.id = c.patient_id
WHERE a.id = :action
ON CONFLICT (action_id) DO NOTHING
