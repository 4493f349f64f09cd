-- The decision in force for every case of one establishment, on a night it decided. The night's summary of an
-- establishment used the function of every establishment and kept its own rows afterwards: each establishment's
-- summary then looked up the decisions of all the establishments decided that night, twenty times the work with
-- twenty establishments (ops/bench/run). The rule of V20261124.10, the establishment first.
CREATE FUNCTION dunning_decision_in_force(night DATE, establishment TEXT) RETURNS SETOF dunning_decision
LANGUAGE sql STABLE AS $$
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
    WHERE c.finess = establishment AND c.opened_on <= night AND (c.closed_on IS NULL OR c.closed_on >= night)
$$;

-- The function of every establishment is now the union of theirs, so the rule is written once.
CREATE OR REPLACE FUNCTION dunning_decision_in_force(night DATE) RETURNS SETOF dunning_decision
LANGUAGE sql STABLE AS $$
    SELECT d.*
    FROM dunning_run r
    CROSS JOIN LATERAL dunning_decision_in_force(night, r.finess) d
    WHERE r.run_date = night
$$;
