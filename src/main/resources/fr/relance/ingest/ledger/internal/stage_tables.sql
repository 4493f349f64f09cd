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
    email             TEXT,
    birth_date        DATE,
    care_date         DATE,
    invoice_date      DATE,
    due_date          DATE,
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
    sms_opt_out       BOOLEAN
) ON COMMIT DROP;
-- invoice numbers of the rejected lines: a snapshot never closes an invoice whose line was only malformed
CREATE TEMP TABLE ledger_seen (invoice_number TEXT NOT NULL) ON COMMIT DROP;
-- invoices whose parts may need a new status: parts corrected, invoices reopened or closed by this file
CREATE TEMP TABLE ledger_touched (invoice_id BIGINT NOT NULL) ON COMMIT DROP;
-- lines of invoices known before this file whose content differs from the line last compared (see 05_changed_lines)
CREATE TEMP TABLE ledger_changed ON COMMIT DROP AS
SELECT *, 0::BIGINT AS invoice_id, 0::BIGINT AS digest FROM ledger_stage WITH NO DATA;
-- open invoices a snapshot does not list, found once for the sanity check and then closed (snapshot_would_close)
CREATE TEMP TABLE ledger_gone (invoice_id BIGINT NOT NULL) ON COMMIT DROP;
