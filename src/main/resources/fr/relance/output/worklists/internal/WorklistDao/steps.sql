-- The amicable steps taken on each case, the proof a third party asks for: every action emitted, with its
-- reference and the day it went out, and the contacts the establishment's staff reported in its follow-up files.
SELECT a.case_id, a.emitted_on AS done_on, a.channel, a.step_id AS what, a.reference
FROM dunning_action a
JOIN dunning_case c ON c.id = a.case_id
WHERE c.finess = :finess AND a.case_id = ANY(:caseIds) AND a.status = 'emitted'
  AND a.channel NOT IN ('HANDOVER', 'WRITE_OFF_PROPOSAL')
UNION ALL
SELECT c.id, pc.contacted_on, pc.channel, lower(pc.origin), NULL
FROM dunning_case c
JOIN patient_contact pc ON pc.patient_id = c.patient_id
WHERE c.finess = :finess AND c.id = ANY(:caseIds) AND pc.contacted_on >= c.opened_on
ORDER BY 1, 2, 3
