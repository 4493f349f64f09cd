-- The dunning stage (issue 7): actions and decisions keyed by scenario step id, passed-over steps, calibrated
-- uplifts and the per-establishment progress of a night.

-- A step is identified by its id, not its position: inserting a step in a scenario must neither make an old action
-- look like another step nor let a done step be planned again. The table is empty until this stage exists.
ALTER TABLE dunning_action DROP CONSTRAINT dunning_action_case_id_step_number_key;
ALTER TABLE dunning_action
    ADD COLUMN step_id          TEXT          NOT NULL,
    ADD COLUMN band             TEXT          NOT NULL,
    ADD COLUMN uplift           NUMERIC(6, 4),
    ADD COLUMN not_before       TIMESTAMPTZ,
    -- the R124-4 letter this action must quote (reference of the case's first letter), null for the first letter
    ADD COLUMN quotes_reference TEXT,
    ADD COLUMN planned_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    ADD CONSTRAINT dunning_action_once_per_step UNIQUE (case_id, step_id);
-- The output stage reads the actions planned for a night.
CREATE INDEX dunning_action_status_run_date ON dunning_action (status, run_date);

-- Steps passed over (a cheaper later step was worth it, or nothing was): never offered again on the case.
CREATE TABLE dunning_step_passed (
    case_id           BIGINT       NOT NULL REFERENCES dunning_case (id),
    step_id           TEXT         NOT NULL,
    run_date          DATE         NOT NULL,
    PRIMARY KEY (case_id, step_id)
);

-- What the explain command prints: the whole decision, not just its outcome.
ALTER TABLE dunning_decision
    ADD COLUMN step_id          TEXT,
    ADD COLUMN channel          TEXT,
    ADD COLUMN scenario_version TEXT          NOT NULL,
    ADD COLUMN band             TEXT          NOT NULL,
    -- reason codes, for queries ("how many cases did an insurer hold tonight"); details are in reasons
    ADD COLUMN codes            TEXT[]        NOT NULL,
    -- the value rule for every step judged, one line each
    ADD COLUMN arithmetic       TEXT          NOT NULL,
    ADD COLUMN cost_avoided     NUMERIC(10, 2) NOT NULL DEFAULT 0,
    ADD COLUMN human_review     BOOLEAN       NOT NULL DEFAULT FALSE,
    ADD COLUMN next_review      DATE;
CREATE INDEX dunning_decision_run_date ON dunning_decision (run_date);

-- Calibrated uplift of one (establishment, step, band), recomputed each night from all outcomes observed so far
-- (the scenario prior updated once with them: posteriors are never chained, so nothing is counted twice).
CREATE TABLE dunning_calibration (
    finess            TEXT         NOT NULL REFERENCES establishment (finess),
    run_date          DATE         NOT NULL,
    step_id           TEXT         NOT NULL,
    band              TEXT         NOT NULL,
    scenario_version  TEXT         NOT NULL,
    acted_paid        INTEGER      NOT NULL,
    acted_unpaid      INTEGER      NOT NULL,
    control_paid      INTEGER      NOT NULL,
    control_unpaid    INTEGER      NOT NULL,
    prior_uplift      NUMERIC(6, 4) NOT NULL,
    base_rate         NUMERIC(6, 4) NOT NULL,
    credited          NUMERIC(12, 2) NOT NULL,
    alpha             NUMERIC(14, 4) NOT NULL,
    beta              NUMERIC(14, 4) NOT NULL,
    uplift            NUMERIC(6, 4) NOT NULL,
    PRIMARY KEY (finess, run_date, step_id, band)
);

-- An establishment whose decisions of a night are committed: a restarted night skips it.
CREATE TABLE dunning_run (
    finess            TEXT         NOT NULL REFERENCES establishment (finess),
    run_date          DATE         NOT NULL,
    cases             INTEGER      NOT NULL,
    actions_planned   INTEGER      NOT NULL,
    actions_suppressed INTEGER     NOT NULL,
    finished_at       TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (finess, run_date)
);

-- Cases are found by establishment every night.
CREATE INDEX dunning_case_finess_open ON dunning_case (finess) WHERE closed_on IS NULL;
