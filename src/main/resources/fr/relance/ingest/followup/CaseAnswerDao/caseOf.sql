-- The case a worklist answer names, if it is a case of this patient at this establishment (open or closed).
SELECT c.id FROM dunning_case c WHERE c.finess = :finess AND c.patient_id = :patient AND c.id = :caseId
