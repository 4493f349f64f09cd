-- A planned action whose case was closed since (nothing left to pay) is never sent: suppressed, with the reason.
UPDATE dunning_action a
SET status = 'suppressed',
    status_reason = 'not emitted: case closed on ' || c.closed_on || COALESCE(' (' || c.closed_reason || ')', '')
FROM dunning_case c
WHERE c.id = a.case_id AND c.finess = :finess AND c.closed_on IS NOT NULL AND c.closed_on <= :night
  AND a.status = 'planned' AND a.run_date <= :night AND a.channel IN (<channels>)
