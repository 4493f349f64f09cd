-- Import of NOEMIE returns, mutuelle statements and B2 invoices (issue 5). Adds what the importers need to post a
-- return once and only once, and what B2 says each payer should pay.

-- A NOEMIE file is known by its header identity as well as by its bytes: the same return re-sent with other line
-- ends has other bytes (formats.md section 7, "duplicates beyond bytes"). Rolled back with its file when refused.
CREATE TABLE noemie_file (
    id                BIGSERIAL    PRIMARY KEY,
    source_file_id    BIGINT       NOT NULL UNIQUE REFERENCES source_file (id),
    finess            TEXT         NOT NULL REFERENCES establishment (finess),
    sender_type       TEXT         NOT NULL,
    sender_number     TEXT         NOT NULL,
    file_id           TEXT         NOT NULL,
    creation_date_raw TEXT         NOT NULL,
    norm              TEXT,
    flow_type         CHAR(1),
    -- an establishment is the addressee, so two establishments may receive files that share an identity
    UNIQUE (finess, sender_type, sender_number, file_id, creation_date_raw)
);

-- Several NOEMIE returns may start in the same 128-character physical record, so (file, record, part) does not
-- identify a line: source_item is the ordinal of the return (or retention, or statement row) in its file.
-- Lines written without it keep the former guarantee (item 1).
ALTER TABLE remittance_line
    ADD COLUMN source_item        INTEGER NOT NULL DEFAULT 1,
    -- the payer organisation of this part: the 071 paying organism for AMO, the 199 AMC number for AMC
    ADD COLUMN organisation       TEXT,
    -- retentions (250): the debt they recover
    ADD COLUMN debt_reference     TEXT,
    ADD COLUMN debt_date_raw      TEXT,
    ADD COLUMN debt_nature        TEXT,
    ADD COLUMN recovery_operation TEXT,
    -- md5 of (establishment, payer organisation, transfer reference, payment date, invoice key or debt, part):
    -- the same return is never posted twice, whatever file brings it
    ADD COLUMN return_key         UUID;
ALTER TABLE remittance_line DROP CONSTRAINT remittance_line_source_file_id_source_line_payer_part_key;
ALTER TABLE remittance_line ADD CONSTRAINT remittance_line_source_item_once
    UNIQUE (source_file_id, source_line, source_item, payer_part);
CREATE UNIQUE INDEX remittance_line_posted_once ON remittance_line (return_key);

-- What a B2 invoice says each payer should pay (record 5), kept whether or not a ledger already holds the
-- invoice: a later ledger is compared with it (B2Expectations.attachWaiting).
CREATE TABLE b2_expectation (
    id                BIGSERIAL    PRIMARY KEY,
    finess            TEXT         NOT NULL REFERENCES establishment (finess),
    b2_invoice_number TEXT         NOT NULL,
    lot_number        TEXT         NOT NULL,
    lot_date_raw      TEXT         NOT NULL,
    expected_amo      NUMERIC(12, 2) NOT NULL,
    expected_amc      NUMERIC(12, 2) NOT NULL,
    expected_patient  NUMERIC(12, 2) NOT NULL,
    patient_before_amc NUMERIC(12, 2) NOT NULL,
    expected_total    NUMERIC(12, 2) NOT NULL,
    amc_number        TEXT,
    payment_recipient TEXT,
    -- waiting_for_ledger: no ledger invoice yet; applied: on the invoice parts; mismatch: ledger and B2 differ
    -- (reported, parts untouched); ambiguous: several ledger invoices fit the number (reported)
    status            TEXT         NOT NULL CHECK (status IN ('waiting_for_ledger', 'applied', 'mismatch', 'ambiguous')),
    invoice_id        BIGINT       REFERENCES invoice (id),
    source_file_id    BIGINT       NOT NULL REFERENCES source_file (id),
    source_line       INTEGER      NOT NULL,
    -- a B2 re-sent for the same invoice key replaces the expectation (the latest file wins)
    UNIQUE (finess, lot_number, lot_date_raw, b2_invoice_number)
);
CREATE INDEX b2_expectation_waiting ON b2_expectation (finess, b2_invoice_number) WHERE status = 'waiting_for_ledger';

-- The B2 expectation on each part it confirmed; amount_due stays the ledger's.
ALTER TABLE invoice_part
    ADD COLUMN expected_amount    NUMERIC(12, 2),
    ADD COLUMN b2_expectation_id  BIGINT REFERENCES b2_expectation (id);
