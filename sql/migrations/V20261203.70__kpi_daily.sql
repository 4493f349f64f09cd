-- KPI history for finance (issue 17). Stock figures (open balances, ageing, what was billed lately) of a past night
-- cannot be rebuilt from today's statuses, so the reporting step records every figure of each night here, per
-- establishment; month-to-date and trailing-twelve-month figures sum (flows) or read (stocks) these rows. A rerun of
-- a night deletes and rewrites that night's rows.

-- One reported night of one establishment, and how far it read the money tables: a night counts the money rows
-- recorded since the previous reported night (allocation ids and ledger files above these marks), so a payment dated
-- before the night but arriving late is counted once, on the night it arrives.
CREATE TABLE kpi_night (
    finess            TEXT         NOT NULL REFERENCES establishment (finess),
    run_date          DATE         NOT NULL,
    -- the establishment's first reported night: money recorded before it is history, not recovery
    first_night       BOOLEAN      NOT NULL,
    allocation_upto   BIGINT       NOT NULL,
    ledger_file_upto  BIGINT       NOT NULL,
    written_at        TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (finess, run_date)
);

-- One figure of a night. kpi names a Kpi of the reporting package; payer is AMO, AMC, PATIENT or '' (all);
-- dimension is the channel, ageing bucket, reject code, suppression reason or scenario step the figure is about, or ''.
CREATE TABLE kpi_daily (
    finess            TEXT         NOT NULL,
    run_date          DATE         NOT NULL,
    kpi               TEXT         NOT NULL,
    payer             TEXT         NOT NULL DEFAULT '',
    dimension         TEXT         NOT NULL DEFAULT '',
    amount            NUMERIC(16, 2) NOT NULL DEFAULT 0,
    items             BIGINT       NOT NULL DEFAULT 0,
    -- a rate that is not money (calibrated uplift)
    rate              NUMERIC(8, 4),
    PRIMARY KEY (finess, run_date, kpi, payer, dimension),
    FOREIGN KEY (finess, run_date) REFERENCES kpi_night (finess, run_date)
);
CREATE INDEX kpi_daily_run_date ON kpi_daily (run_date);

-- A month's report written on the first night of the next month: written once, never rewritten (a later correction
-- shows in the month it is recorded). scope is a FINESS or 'consolidated'.
CREATE TABLE kpi_month_frozen (
    scope             TEXT         NOT NULL,
    month             DATE         NOT NULL CHECK (extract(day FROM month) = 1),
    frozen_on         DATE         NOT NULL,
    PRIMARY KEY (scope, month)
);
