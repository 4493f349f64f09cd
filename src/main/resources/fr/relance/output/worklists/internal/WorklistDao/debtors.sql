-- Who owes on each case: identity and postal address, nothing else of the patient's record.
SELECT c.id AS case_id, p.last_name, p.first_name, p.birth_date, p.address_line1, p.address_line2, p.postcode,
       p.city
FROM dunning_case c
JOIN patient p ON p.id = c.patient_id
WHERE c.finess = :finess AND c.id = ANY(:caseIds)
ORDER BY c.id
