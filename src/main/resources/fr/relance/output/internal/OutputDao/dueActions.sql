-- The establishment's actions of these channels waiting to go out: planned tonight or on an earlier night whose
-- output failed or was capped, on cases still open (suppressed ones have another status). Highest expected value
-- first, which is what a cap keeps; ties by planning night and id, so the order never depends on the plan.
SELECT a.id, a.case_id, a.reference, a.step_id, a.channel, a.run_date, a.expected_gain, a.quotes_reference
FROM dunning_action a
JOIN dunning_case c ON c.id = a.case_id
WHERE c.finess = :finess AND c.closed_on IS NULL AND a.status = 'planned' AND a.run_date <= :night
  AND a.channel IN (<channels>)
ORDER BY a.expected_gain DESC, a.run_date, a.id
