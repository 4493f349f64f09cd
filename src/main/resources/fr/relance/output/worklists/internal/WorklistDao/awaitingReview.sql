-- The establishment's open cases whose decision in force holds them for a person, with that decision's reasons and
-- the patient's name, oldest decision first: the staff's review worklist.
SELECT c.id AS case_id, p.last_name, p.first_name, d.run_date AS held_since, d.balance,
       array_to_string(d.codes, ',') AS codes
FROM dunning_case c
JOIN dunning_decision d ON d.id = c.last_decision_id
JOIN patient p ON p.id = c.patient_id
WHERE c.finess = :finess AND c.closed_on IS NULL AND d.human_review AND d.run_date <= :night
ORDER BY d.run_date, c.id
