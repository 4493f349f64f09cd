-- What the dunning gates need to know beyond invoices and money (issue 7): contacts made outside the engine's
-- scenario, instalment plans (échéanciers) the establishment agreed with a patient, and the dates of the patient
-- payments a ledger states only as a paid amount.

-- A contact the establishment reports in a follow-up file: its staff called or wrote to the patient (OPERATOR), or
-- the patient called, wrote or came to the desk (DEBTOR). refused_calls: the patient asked not to be called again.
-- The same contact reported again in a later file is recorded once.
CREATE TABLE patient_contact (
    id                BIGSERIAL    PRIMARY KEY,
    patient_id        BIGINT       NOT NULL REFERENCES patient (id),
    contacted_on      DATE         NOT NULL,
    channel           TEXT         NOT NULL CHECK (channel IN ('PHONE', 'SMS', 'LETTER', 'EMAIL', 'DESK')),
    origin            TEXT         NOT NULL CHECK (origin IN ('OPERATOR', 'DEBTOR')),
    refused_calls     BOOLEAN      NOT NULL DEFAULT FALSE,
    source_file_id    BIGINT       NOT NULL REFERENCES source_file (id),
    source_line       INTEGER      NOT NULL,
    UNIQUE (patient_id, contacted_on, channel, origin, refused_calls)
);

-- An instalment plan: from first_due, one instalment every period_months months, instalments times. Ending a plan
-- (cancelled, or replaced by another) sets ended_on; a plan is never deleted.
CREATE TABLE payment_plan (
    id                BIGSERIAL    PRIMARY KEY,
    patient_id        BIGINT       NOT NULL REFERENCES patient (id),
    reference         TEXT         NOT NULL,
    signed_on         DATE         NOT NULL,
    instalment        NUMERIC(12, 2) NOT NULL CHECK (instalment > 0),
    instalments       INTEGER      NOT NULL CHECK (instalments BETWEEN 1 AND 120),
    first_due         DATE         NOT NULL,
    period_months     INTEGER      NOT NULL DEFAULT 1 CHECK (period_months BETWEEN 1 AND 12),
    ended_on          DATE,
    source_file_id    BIGINT       NOT NULL REFERENCES source_file (id),
    source_line       INTEGER      NOT NULL,
    UNIQUE (patient_id, reference)
);

-- A ledger states what the patient already paid on an invoice, not when. When a ledger shows more paid on a patient
-- part than the previous one did, the difference is a payment seen on that ledger's night: it holds the next
-- reminder like any other payment, restarts the limitation clock and counts towards an instalment plan. The paid
-- amount of a part's first ledger line has no date and is not recorded here.
CREATE TABLE ledger_payment (
    invoice_part_id   BIGINT       NOT NULL REFERENCES invoice_part (id),
    seen_on           DATE         NOT NULL,
    amount            NUMERIC(12, 2) NOT NULL CHECK (amount > 0),
    source_file_id    BIGINT       NOT NULL REFERENCES source_file (id),
    PRIMARY KEY (invoice_part_id, source_file_id)
);
