-- Cases the forgotten night opened. A case another was merged into that night (HL7 A40, at import, which forgetting
-- the dunning night does not undo) stays, with the merge.
DELETE FROM dunning_case c
WHERE c.opened_on = :night AND NOT EXISTS (SELECT 1 FROM dunning_case m WHERE m.merged_into = c.id)
