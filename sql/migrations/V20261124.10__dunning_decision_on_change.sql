-- A case's decision is stored when it changes (or when the night plans or suppresses one of its actions, opens or
-- closes the case), not every night: a million open cases would otherwise add a million rows a night. The decision
-- in force for a case on a night is then its latest decision recorded up to that night, as long as the case was
-- open on it.

-- The case's decision in force (its latest recorded) and that decision's fingerprint (see the stage's Fingerprint:
-- every field but the texts), so the night compares each new decision with the case row alone: the table of
-- decisions, growing night after night, is not read. No foreign key: the night writes both from the decision it
-- records, and a key would be checked a million times on a first night.
ALTER TABLE dunning_case
    ADD COLUMN last_decision_id     BIGINT,
    ADD COLUMN last_fingerprint     UUID;
-- Room on each page for the new version of its cases pointed to a new decision: the update then stays on the page
-- and touches no index (a heap-only update), which is what makes the night after a busy night no slower.
ALTER TABLE dunning_case SET (fillfactor = 50);

-- The decision in force for every case of each establishment that decided the night: the case's last decision when
-- it was recorded up to that night (a lookup by key), else the latest one recorded up to it.
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

-- Open cases decided before this change point to their latest decision; without a fingerprint, their next night
-- records their decision once more, as every night did until now.
UPDATE dunning_case c
SET last_decision_id = d.id
FROM (SELECT DISTINCT ON (case_id) case_id, id FROM dunning_decision ORDER BY case_id, run_date DESC) d
WHERE d.case_id = c.id AND c.closed_on IS NULL;
