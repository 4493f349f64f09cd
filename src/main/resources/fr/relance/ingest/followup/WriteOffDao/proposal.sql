-- The write-off proposal a follow-up answer names: the case (its number in the worklist) of this patient, with a
-- proposal that went out, and the night it went out.
SELECT a.emitted_on
FROM dunning_case c
JOIN dunning_action a ON a.case_id = c.id AND a.channel = 'WRITE_OFF_PROPOSAL' AND a.status = 'emitted'
WHERE c.finess = :finess AND c.patient_id = :patient AND c.id = :caseId
