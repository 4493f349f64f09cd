-- A dunning action, decision or passed-over step naming no existing case (the dropped foreign keys of migration
-- V20261124.21), or a decision naming no existing action.
SELECT 'dunning_action ' || a.id FROM dunning_action a
WHERE NOT EXISTS (SELECT 1 FROM dunning_case c WHERE c.id = a.case_id)
UNION ALL
SELECT 'dunning_decision ' || d.id FROM dunning_decision d
WHERE NOT EXISTS (SELECT 1 FROM dunning_case c WHERE c.id = d.case_id)
   OR (d.action_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM dunning_action a WHERE a.id = d.action_id))
UNION ALL
SELECT 'dunning_step_passed ' || s.case_id || '/' || s.step_id FROM dunning_step_passed s
WHERE NOT EXISTS (SELECT 1 FROM dunning_case c WHERE c.id = s.case_id)
