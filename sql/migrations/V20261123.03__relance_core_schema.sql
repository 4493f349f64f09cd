-- Relance data model (DESIGN.md "Data model"). Money is numeric(12,2) in euros; every imported row keeps the
-- file it came from and its line number; natural keys from partner files are unique so duplicates fail loudly.

-- Establishments are configured in jobs/establishments/*.yml and synchronised here at the start of each run.
CREATE TABLE establishment (
    finess            TEXT         PRIMARY KEY,
    legal_name        TEXT         NOT NULL,
    sector            TEXT         NOT NULL CHECK (sector IN ('private', 'public')),
    address_lines     TEXT[]       NOT NULL DEFAULT '{}',
    postcode          TEXT,
    city              TEXT,
    patient_contact   TEXT,
    payment_url       TEXT,
    iban              TEXT,
    bic               TEXT,
    ledger_profile    TEXT         NOT NULL,
    -- whether the establishment's ledger also records the patient payments that reach its bank account: then a
    -- bank payment we read and the ledger's paid amount may be the same money. Off by default: counting a payment
    -- twice only shows a credit, while not counting it would chase a patient who paid.
    ledger_records_bank_payments BOOLEAN NOT NULL DEFAULT FALSE,
    scenario          TEXT         NOT NULL,
    synced_at         TIMESTAMPTZ  NOT NULL
);

-- Every file seen in a drop zone, whatever became of it.
CREATE TABLE source_file (
    id                BIGSERIAL    PRIMARY KEY,
    finess            TEXT         NOT NULL REFERENCES establishment (finess),
    kind              TEXT         NOT NULL,
    original_name     TEXT         NOT NULL,
    sha256            TEXT         NOT NULL,
    size_bytes        BIGINT       NOT NULL CHECK (size_bytes >= 0),
    run_date          DATE         NOT NULL,
    received_at       TIMESTAMPTZ  NOT NULL,
    -- arriving: registered, its move out of in/ not yet confirmed (a crash here is resumed by the next intake)
    -- received: archived, waiting for its import; then imported, partially_imported, duplicate or quarantined
    status            TEXT         NOT NULL CHECK (status IN ('arriving', 'received', 'imported',
                          'partially_imported', 'duplicate', 'quarantined')),
    pending_status    TEXT,
    reason_code       TEXT,
    status_reason     TEXT,
    duplicate_of      BIGINT       REFERENCES source_file (id),
    stored_path       TEXT,
    error_report_path TEXT,
    imported_at       TIMESTAMPTZ,
    rows_read         INTEGER,
    rows_imported     INTEGER,
    rows_rejected     INTEGER
);
-- The same bytes are imported once; later copies are recorded as duplicates of the first. Refused (quarantined)
-- bytes may be sent again: they are examined again, so a fixed configuration takes effect on the next drop.
CREATE UNIQUE INDEX source_file_sha256_once ON source_file (sha256)
    WHERE COALESCE(pending_status, status) NOT IN ('duplicate', 'quarantined');
CREATE INDEX source_file_finess_run_date ON source_file (finess, run_date);

-- A rejected line or field of an imported file, reported to the establishment and to ops.
CREATE TABLE ingest_reject (
    id                BIGSERIAL    PRIMARY KEY,
    source_file_id    BIGINT       NOT NULL REFERENCES source_file (id),
    line_number       INTEGER      NOT NULL,
    field             TEXT,
    value_masked      TEXT,
    reason_code       TEXT         NOT NULL,
    message_fr        TEXT         NOT NULL
);
CREATE INDEX ingest_reject_source_file ON ingest_reject (source_file_id, line_number);

-- Note on bulk-merged tables (patient, invoice, invoice_part): their source_file_id is written only by the import
-- that registered that file, in the same transaction, so it carries no foreign-key trigger: on a million-line
-- ledger those per-row checks cost a third of the merge. The links that hold the model together (part to
-- invoice, invoice to patient, patient to establishment) are enforced.
CREATE TABLE patient (
    id                BIGSERIAL    PRIMARY KEY,
    finess            TEXT         NOT NULL REFERENCES establishment (finess),
    external_id       TEXT         NOT NULL,
    last_name         TEXT         NOT NULL,
    first_name        TEXT,
    address_line1     TEXT,
    address_line2     TEXT,
    postcode          TEXT,
    city              TEXT,
    country           TEXT         NOT NULL DEFAULT 'FR',
    phone             TEXT,
    email             TEXT,
    birth_date        DATE,
    deceased          BOOLEAN      NOT NULL DEFAULT FALSE,
    guardianship      BOOLEAN      NOT NULL DEFAULT FALSE,
    sms_opt_out       BOOLEAN      NOT NULL DEFAULT FALSE,
    dispute           BOOLEAN      NOT NULL DEFAULT FALSE,
    source_file_id    BIGINT       NOT NULL, -- see the note on bulk-merged tables
    source_line       INTEGER      NOT NULL,
    updated_on        DATE         NOT NULL,
    UNIQUE (finess, external_id)
);
-- payments that name no invoice are matched by the payer's name
CREATE INDEX patient_last_name ON patient (finess, upper(last_name));

CREATE TABLE invoice (
    id                BIGSERIAL    PRIMARY KEY,
    finess            TEXT         NOT NULL, -- the patient's establishment (patient_id below)
    invoice_number    TEXT         NOT NULL,
    patient_id        BIGINT       NOT NULL REFERENCES patient (id),
    care_date         DATE,
    issue_date        DATE,
    due_date          DATE,
    total             NUMERIC(12, 2) NOT NULL CHECK (total >= 0),
    payment_reference TEXT,
    disputed          BOOLEAN      NOT NULL DEFAULT FALSE,
    closed_at_source_on DATE,
    closed_reason     TEXT,
    source_file_id    BIGINT       NOT NULL, -- see the note on bulk-merged tables
    source_line       INTEGER      NOT NULL,
    updated_on        DATE         NOT NULL,
    UNIQUE (finess, invoice_number)
);
CREATE INDEX invoice_patient ON invoice (patient_id);

-- Previous versions of a changed invoice or patient: a correction never overwrites silently.
CREATE TABLE change_history (
    id                BIGSERIAL    PRIMARY KEY,
    entity            TEXT         NOT NULL CHECK (entity IN ('invoice', 'patient', 'invoice_part')),
    entity_id         BIGINT       NOT NULL,
    changed_on        DATE         NOT NULL,
    source_file_id    BIGINT       NOT NULL REFERENCES source_file (id),
    source_line       INTEGER      NOT NULL,
    previous          JSONB        NOT NULL
);
CREATE INDEX change_history_entity ON change_history (entity, entity_id);

-- One row per payer of an invoice. The settled amount is never stored here: it is the sum of allocations.
CREATE TABLE invoice_part (
    id                BIGSERIAL    PRIMARY KEY,
    invoice_id        BIGINT       NOT NULL REFERENCES invoice (id),
    payer             TEXT         NOT NULL CHECK (payer IN ('AMO', 'AMC', 'PATIENT')),
    organisation      TEXT,
    amount_due        NUMERIC(12, 2) NOT NULL CHECK (amount_due >= 0),
    status            TEXT         NOT NULL DEFAULT 'open' CHECK (status IN
                          ('open', 'pending', 'paid', 'rejected', 'transferred', 'written_off', 'closed_at_source')),
    status_since      DATE         NOT NULL,
    last_movement_on  DATE,
    -- what the establishment's latest ledger says was already paid on this part (cash desk, payments it posted);
    -- see invoice_part_balance for how it meets our own allocations
    source_paid       NUMERIC(12, 2) NOT NULL DEFAULT 0 CHECK (source_paid >= 0),
    source_file_id    BIGINT       NOT NULL REFERENCES source_file (id),
    source_line       INTEGER      NOT NULL,
    UNIQUE (invoice_id, payer)
);

-- NOEMIE returns and mutuelle statements: one remittance per transfer (or statement).
CREATE TABLE remittance (
    id                BIGSERIAL    PRIMARY KEY,
    finess            TEXT         NOT NULL REFERENCES establishment (finess),
    source_file_id    BIGINT       NOT NULL REFERENCES source_file (id),
    source_line       INTEGER      NOT NULL,
    payer             TEXT         NOT NULL CHECK (payer IN ('AMO', 'AMC')),
    organisation      TEXT,
    transfer_reference TEXT,
    payment_date      DATE,
    net_amount        NUMERIC(14, 2),
    UNIQUE (source_file_id, source_line)
);

CREATE TABLE remittance_line (
    id                BIGSERIAL    PRIMARY KEY,
    remittance_id     BIGINT       NOT NULL REFERENCES remittance (id),
    line_kind         TEXT         NOT NULL CHECK (line_kind IN ('invoice_return', 'retention')),
    payer_part        TEXT         CHECK (payer_part IN ('AMO', 'AMC')),
    invoice_number    TEXT,
    lot_number        TEXT,
    lot_date_raw      TEXT,
    claimed           NUMERIC(12, 2),
    paid              NUMERIC(12, 2) NOT NULL,
    return_status     CHAR(1)      CHECK (return_status IN ('P', 'R', 'D', ' ')),
    match_status      TEXT         NOT NULL DEFAULT 'unmatched' CHECK (match_status IN
                          ('unmatched', 'matched', 'inconsistent', 'information')),
    match_note        TEXT,
    invoice_part_id   BIGINT       REFERENCES invoice_part (id),
    source_file_id    BIGINT       NOT NULL REFERENCES source_file (id),
    source_line       INTEGER      NOT NULL,
    UNIQUE (source_file_id, source_line, payer_part)
);
CREATE INDEX remittance_line_invoice ON remittance_line (invoice_number);
CREATE INDEX remittance_line_remittance ON remittance_line (remittance_id);
CREATE INDEX remittance_line_part ON remittance_line (invoice_part_id);

-- Reject and warning codes of a remittance line, stored as received.
CREATE TABLE remittance_code (
    id                BIGSERIAL    PRIMARY KEY,
    remittance_line_id BIGINT      NOT NULL REFERENCES remittance_line (id),
    code              TEXT         NOT NULL,
    label             TEXT,
    level             TEXT,
    part              TEXT
);
CREATE INDEX remittance_code_line ON remittance_code (remittance_line_id);

-- Patient payments: cash desk lines, payment-page exports, bank statement lines.
CREATE TABLE payment (
    id                BIGSERIAL    PRIMARY KEY,
    finess            TEXT         NOT NULL REFERENCES establishment (finess),
    channel           TEXT         NOT NULL CHECK (channel IN ('cash_desk', 'payment_page', 'bank_transfer', 'ledger')),
    paid_on           DATE         NOT NULL,
    amount            NUMERIC(12, 2) NOT NULL CHECK (amount > 0),
    reference         TEXT,
    invoice_number    TEXT,
    patient_external_id TEXT,
    payer_name        TEXT,
    match_status      TEXT         NOT NULL DEFAULT 'unmatched' CHECK (match_status IN
                          ('unmatched', 'matched', 'partly_matched', 'suspense', 'credit')),
    match_note        TEXT,
    source_file_id    BIGINT       NOT NULL REFERENCES source_file (id),
    source_line       INTEGER      NOT NULL,
    UNIQUE (source_file_id, source_line)
);

-- What settled what. Exactly one source per allocation; a source line settles a part at most once, so re-running
-- reconciliation or re-importing a file never allocates twice. Negative amounts reverse (retentions, undue).
CREATE TABLE allocation (
    id                BIGSERIAL    PRIMARY KEY,
    invoice_part_id   BIGINT       NOT NULL REFERENCES invoice_part (id),
    amount            NUMERIC(12, 2) NOT NULL CHECK (amount <> 0),
    kind              TEXT         NOT NULL CHECK (kind IN
                          ('remittance', 'payment', 'transfer_in', 'transfer_out', 'write_off', 'reversal')),
    allocated_on      DATE         NOT NULL,
    remittance_line_id BIGINT      REFERENCES remittance_line (id),
    payment_id        BIGINT       REFERENCES payment (id),
    source_file_id    BIGINT       REFERENCES source_file (id),
    source_line       INTEGER,
    CHECK (num_nonnulls(remittance_line_id, payment_id, source_file_id) = 1)
);
CREATE UNIQUE INDEX allocation_once_per_remittance_line ON allocation (invoice_part_id, remittance_line_id, kind)
    WHERE remittance_line_id IS NOT NULL;
CREATE UNIQUE INDEX allocation_once_per_payment ON allocation (invoice_part_id, payment_id, kind)
    WHERE payment_id IS NOT NULL;
CREATE UNIQUE INDEX allocation_once_per_file_line ON allocation (invoice_part_id, source_file_id, source_line, kind)
    WHERE source_file_id IS NOT NULL;
CREATE INDEX allocation_part ON allocation (invoice_part_id);

-- What settles a part, in one place. The establishment's ledger states what it already recorded as paid
-- (source_paid); we read money received from payer returns (remitted: remittance lines and their reversals) and
-- patient payments (paid). A payer's money is always in the ledger too, so the two are never added: the larger
-- counts. Patient payments reaching the bank come on top of what the ledger says (its cash desk), unless the
-- establishment's ledger records them too (ledger_records_bank_payments), when the larger counts again: until its
-- next export shows a transfer, such a part looks less paid than it is. Adjustments that move a debt (transfer to
-- the patient, write-off) come last.
CREATE FUNCTION settled_amount(source_paid NUMERIC, remitted NUMERIC, paid NUMERIC, adjusted NUMERIC,
                               ledger_records_bank_payments BOOLEAN) RETURNS NUMERIC
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN ledger_records_bank_payments
                THEN GREATEST(source_paid, COALESCE(remitted, 0) + COALESCE(paid, 0))
                ELSE GREATEST(source_paid, COALESCE(remitted, 0)) + COALESCE(paid, 0) END
           + COALESCE(adjusted, 0)
$$;

-- The settled amount and open balance of every part; nothing here is a running counter.
CREATE VIEW invoice_part_balance AS
SELECT p.id                                      AS invoice_part_id,
       p.invoice_id,
       p.payer,
       p.amount_due,
       s.settled                                 AS amount_settled,
       p.amount_due - s.settled                  AS amount_open,
       p.status,
       a.last_allocation_on
FROM invoice_part p
JOIN invoice i ON i.id = p.invoice_id
JOIN establishment e ON e.finess = i.finess
LEFT JOIN LATERAL (
    SELECT SUM(amount) FILTER (WHERE kind IN ('remittance', 'reversal')) AS remitted,
           SUM(amount) FILTER (WHERE kind = 'payment') AS paid,
           SUM(amount) FILTER (WHERE kind IN ('transfer_in', 'transfer_out', 'write_off')) AS adjusted,
           MAX(allocated_on)                     AS last_allocation_on
    FROM allocation WHERE invoice_part_id = p.id) a ON TRUE
CROSS JOIN LATERAL (SELECT settled_amount(p.source_paid, a.remitted, a.paid, a.adjusted,
                                          e.ledger_records_bank_payments) AS settled) s;

-- A patient's open patient-parts at one establishment, chased together (one letter covers all).
CREATE TABLE dunning_case (
    id                BIGSERIAL    PRIMARY KEY,
    finess            TEXT         NOT NULL REFERENCES establishment (finess),
    patient_id        BIGINT       NOT NULL REFERENCES patient (id),
    opened_on         DATE         NOT NULL,
    closed_on         DATE,
    closed_reason     TEXT
);
CREATE UNIQUE INDEX dunning_case_one_open_per_patient ON dunning_case (patient_id) WHERE closed_on IS NULL;

CREATE TABLE output_batch (
    id                BIGSERIAL    PRIMARY KEY,
    finess            TEXT         REFERENCES establishment (finess),
    kind              TEXT         NOT NULL CHECK (kind IN ('letters', 'sms', 'calls', 'report')),
    run_date          DATE         NOT NULL,
    sequence          INTEGER      NOT NULL DEFAULT 1,
    file_path         TEXT         NOT NULL,
    item_count        INTEGER      NOT NULL,
    sha256            TEXT         NOT NULL,
    created_at        TIMESTAMPTZ  NOT NULL,
    UNIQUE (finess, kind, run_date, sequence)
);

-- One decided action; a scenario step is done at most once per case.
CREATE TABLE dunning_action (
    id                BIGSERIAL    PRIMARY KEY,
    case_id           BIGINT       NOT NULL REFERENCES dunning_case (id),
    step_number       INTEGER      NOT NULL,
    channel           TEXT         NOT NULL,
    scenario          TEXT         NOT NULL,
    scenario_version  TEXT         NOT NULL,
    run_date          DATE         NOT NULL,
    balance           NUMERIC(12, 2) NOT NULL,
    cost              NUMERIC(10, 2) NOT NULL,
    expected_gain     NUMERIC(12, 2) NOT NULL,
    reasons           TEXT         NOT NULL,
    reference         TEXT,
    status            TEXT         NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'emitted', 'suppressed')),
    status_reason     TEXT,
    output_batch_id   BIGINT       REFERENCES output_batch (id),
    UNIQUE (case_id, step_number)
);

-- Every nightly decision on a case, taken or not, with its reasons: "why did (or didn't) this patient get a letter".
CREATE TABLE dunning_decision (
    id                BIGSERIAL    PRIMARY KEY,
    case_id           BIGINT       NOT NULL REFERENCES dunning_case (id),
    run_date          DATE         NOT NULL,
    outcome           TEXT         NOT NULL,
    step_number       INTEGER,
    balance           NUMERIC(12, 2) NOT NULL,
    reasons           TEXT         NOT NULL,
    action_id         BIGINT       REFERENCES dunning_action (id),
    UNIQUE (case_id, run_date)
);
