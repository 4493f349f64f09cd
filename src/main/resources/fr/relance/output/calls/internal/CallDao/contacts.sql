-- The last three contacts the establishment reported for each case's patient, newest first.
SELECT x.case_id, x.contacted_on, x.channel, x.origin, x.refused_calls
FROM (
    SELECT c.id AS case_id, pc.contacted_on, pc.channel, pc.origin, pc.refused_calls,
           row_number() OVER (PARTITION BY c.id ORDER BY pc.contacted_on DESC, pc.id DESC) AS n
    FROM dunning_case c
    JOIN patient_contact pc ON pc.patient_id = c.patient_id
    WHERE c.id IN (<cases>)
) x
WHERE x.n <= 3
ORDER BY x.case_id, x.contacted_on DESC
