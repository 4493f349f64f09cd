-- Cases the forgotten night closed; a case closed as merged (HL7 A40, at import) stays closed.
UPDATE dunning_case SET closed_on = NULL, closed_reason = NULL WHERE closed_on = :night AND merged_into IS NULL
