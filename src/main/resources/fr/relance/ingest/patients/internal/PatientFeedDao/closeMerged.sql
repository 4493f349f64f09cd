-- A40: the absorbed patient's open case is closed as merged; its actions and decisions stay, and its steps count as
-- the survivor case's (dunning's snapshot reads the cases merged into an open case).
UPDATE dunning_case SET closed_on = :runDate, closed_reason = :reason, merged_into = :into WHERE id = :case
