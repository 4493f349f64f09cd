-- A case's decision is stored when it changes (or when the night plans or suppresses one of its actions), not every
-- night: a million open cases would otherwise add a million rows a night. The decision in force for a case on a
-- night is then its latest decision recorded up to that night, as long as the case was open on it.

-- The case's decision in force (its latest recorded) and that decision's fingerprint, so the night compares each new
-- decision with the case row alone: the table of decisions, growing night after night, is not read. No foreign key:
-- the night sets both from the row it has just inserted, and a key would check a million rows one by one on a
-- first night.
ALTER TABLE dunning_case
    ADD COLUMN last_decision_id     BIGINT,
    ADD COLUMN last_fingerprint     UUID;

-- What makes two decisions of a case "the same": every field but the texts (reasons and arithmetic mention day
-- counts that move every night). Dates as day numbers, so the text does not depend on the session's DateStyle.
CREATE FUNCTION dunning_decision_fingerprint(outcome TEXT, step_id TEXT, channel TEXT, balance NUMERIC, band TEXT,
        codes TEXT[], human_review BOOLEAN, next_review DATE, scenario_version TEXT, cost_avoided NUMERIC)
    RETURNS UUID LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CAST(md5(CAST(ROW(outcome, step_id, channel, balance, band, codes, human_review,
        next_review - DATE '2000-01-01', scenario_version, cost_avoided) AS TEXT)) AS UUID)
$$;

-- The decision in force for every case of an establishment that decided the night: the case's last decision when it
-- was recorded up to that night (the fast path: a lookup by key), else the latest one recorded up to it.
CREATE FUNCTION dunning_decision_in_force(night DATE) RETURNS SETOF dunning_decision LANGUAGE sql STABLE AS $$
    SELECT d.*
    FROM dunning_case c
    JOIN dunning_run r ON r.finess = c.finess AND r.run_date = night
    CROSS JOIN LATERAL (
        (SELECT l.* FROM dunning_decision l WHERE l.id = c.last_decision_id AND l.run_date <= night)
        UNION ALL
        (SELECT x.* FROM dunning_decision x WHERE x.case_id = c.id AND x.run_date <= night
         ORDER BY x.run_date DESC LIMIT 1)
        LIMIT 1
    ) d
    WHERE c.opened_on <= night AND (c.closed_on IS NULL OR c.closed_on >= night)
$$;

-- Open cases decided before this change: their latest decision is the one in force.
UPDATE dunning_case c
SET last_decision_id = d.id,
    last_fingerprint = dunning_decision_fingerprint(d.outcome, d.step_id, d.channel, d.balance, d.band, d.codes,
        d.human_review, d.next_review, d.scenario_version, d.cost_avoided)
FROM (SELECT DISTINCT ON (case_id) * FROM dunning_decision ORDER BY case_id, run_date DESC) d
WHERE d.case_id = c.id AND c.closed_on IS NULL;
