-- The patients listed and those merged into them (HL7 A40): an absorbed patient's row still holds who they were.
SELECT id FROM patient WHERE (id = ANY(:ids) OR merged_into = ANY(:ids)) AND purged_on IS NULL ORDER BY id
