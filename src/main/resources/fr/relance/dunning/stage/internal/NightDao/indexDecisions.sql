-- The statements that follow join the night's decisions to actions and cases by case id. Statistics of
-- dunning_action lag behind the actions planned the night before, so the planner may put the decisions on the inner
-- side of a nested loop: the index keeps that a lookup instead of a scan of every decision.
CREATE INDEX dunning_night_decision_case ON dunning_night_decision (case_id);
ANALYZE dunning_night_decision;
ANALYZE dunning_night_opened;
