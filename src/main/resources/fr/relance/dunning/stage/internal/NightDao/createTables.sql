-- One establishment's night aggregates and sorts a few million rows in a single session: let it do so in memory
-- rather than in temporary files (for this transaction only).
SET LOCAL work_mem = '64MB';
-- Working tables of one establishment's night, dropped at commit (a failed establishment leaves nothing behind).
CREATE TEMP TABLE dunning_night_part (
    part_id        BIGINT        NOT NULL,
    invoice_id     BIGINT        NOT NULL,
    patient_id     BIGINT        NOT NULL,
    invoice_number TEXT          NOT NULL,
    payer          TEXT          NOT NULL,
    status         TEXT          NOT NULL,
    status_since   DATE          NOT NULL,
    due_date       DATE          NOT NULL,
    amount_open    NUMERIC(12, 2) NOT NULL,
    last_paid      DATE,
    -- insurer parts: the day the part was billed to its payer, which starts the insurer-pending window
    billed_on      DATE
) ON COMMIT DROP;
CREATE TEMP TABLE dunning_night_decision (
    case_id          BIGINT        NOT NULL,
    outcome          TEXT          NOT NULL,
    step_id          TEXT,
    step_number      INTEGER,
    channel          TEXT,
    balance          NUMERIC(12, 2) NOT NULL,
    band             TEXT          NOT NULL,
    uplift           NUMERIC(6, 4),
    cost             NUMERIC(10, 2),
    expected_gain    NUMERIC(12, 2),
    cost_avoided     NUMERIC(10, 2) NOT NULL,
    codes            TEXT[]        NOT NULL,
    reasons          TEXT          NOT NULL,
    arithmetic       TEXT          NOT NULL,
    not_before       TIMESTAMPTZ,
    next_review      DATE,
    human_review     BOOLEAN       NOT NULL,
    quotes_reference TEXT,
    passed_over      TEXT[]        NOT NULL,
    open_parts       INTEGER       NOT NULL,
    hold             TEXT,
    -- compared with the case's last_fingerprint: a decision is recorded only when it changed (see Fingerprint)
    fingerprint      UUID          NOT NULL
) ON COMMIT DROP;
-- The cases opened tonight, for the decisions made under a provisional case id (minus the patient's id), with the id
-- drawn for their first decision (the case row already points to it). Kept apart: rewriting those wide decision rows
-- would cost more than joining this narrow table.
CREATE TEMP TABLE dunning_night_opened (
    patient_id       BIGINT        PRIMARY KEY,
    case_id          BIGINT        NOT NULL,
    decision_id      BIGINT        NOT NULL
) ON COMMIT DROP;
-- Cases whose planned actions tonight suppressed, one row per action: their decision is recorded even unchanged.
CREATE TEMP TABLE dunning_night_suppressed (
    case_id          BIGINT        NOT NULL
) ON COMMIT DROP
