-- A case with no open patient part left is closed; a later debt of the patient opens a new case.
UPDATE dunning_case c
SET closed_on = :runDate, closed_reason = 'no open patient part'
FROM dunning_night_decision n
WHERE n.case_id = c.id AND n.open_parts = 0
