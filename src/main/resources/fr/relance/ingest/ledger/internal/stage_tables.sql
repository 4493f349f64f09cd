CREATE TEMP TABLE ledger_stage (
    line              INTEGER NOT NULL,
    invoice_number    TEXT    NOT NULL,
    patient_id        TEXT    NOT NULL,
    last_name         TEXT    NOT NULL,
    first_name        TEXT,
    address_line1     TEXT,
    address_line2     TEXT,
    postcode          TEXT,
    city              TEXT,
    phone             TEXT,
    mobile            TEXT,
    email             TEXT,
    birth_date        DATE,
    care_date         DATE,
    invoice_date      DATE,
    due_date          DATE,
    billing_date      DATE,
    total             NUMERIC(12, 2),
    amo_due           NUMERIC(12, 2),
    amc_due           NUMERIC(12, 2),
    amc_org           TEXT,
    patient_due       NUMERIC(12, 2),
    amo_paid          NUMERIC(12, 2),
    amc_paid          NUMERIC(12, 2),
    patient_paid      NUMERIC(12, 2),
    payment_reference TEXT,
    dispute           BOOLEAN,
    deceased          BOOLEAN,
    guardianship      BOOLEAN,
    sms_opt_out       BOOLEAN,
    digest            BIGINT  NOT NULL  -- what the line says of its invoice and parts (LineDigest.invoice)
) ON COMMIT DROP;
-- the patients to refresh, each from their latest line in the file (which is staged unless only the dispute changed)
CREATE TEMP TABLE ledger_patient_latest (
    patient_id        TEXT    NOT NULL,
    line              INTEGER NOT NULL,
    any_dispute       BOOLEAN NOT NULL,
    digest            BIGINT            -- what that line says of the patient (LineDigest.patient), null from a FEC
) ON COMMIT DROP;
-- invoices whose parts may need a new status: parts corrected, invoices reopened or closed by this file
CREATE TEMP TABLE ledger_touched (invoice_id BIGINT NOT NULL) ON COMMIT DROP;
-- lines of invoices known before this file whose content differs from the line last compared (see LedgerMergeDao.changedLines)
CREATE TEMP TABLE ledger_changed ON COMMIT DROP AS
SELECT *, 0::BIGINT AS invoice_id FROM ledger_stage WITH NO DATA;
-- open invoices a snapshot does not list (KnownLedger, or gone_from_stage.sql), counted for the sanity check, then closed
CREATE TEMP TABLE ledger_gone (invoice_id BIGINT NOT NULL) ON COMMIT DROP;
