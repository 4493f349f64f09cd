-- Outcomes of operators' calls and letters reported in the follow-up file (issue 15 item 5): payment promises,
-- disputes an operator opened and closed, numbers found wrong. Each line sent again in a later file is recorded once.

-- The patient promised on promised_on to pay amount by due_on: dunning holds until due_on plus a grace, then resumes.
CREATE TABLE payment_promise (
    id                BIGSERIAL    PRIMARY KEY,
    patient_id        BIGINT       NOT NULL REFERENCES patient (id),
    promised_on       DATE         NOT NULL,
    due_on            DATE         NOT NULL CHECK (due_on >= promised_on),
    amount            NUMERIC(12, 2) NOT NULL CHECK (amount > 0),
    source_file_id    BIGINT       NOT NULL REFERENCES source_file (id),
    source_line       INTEGER      NOT NULL,
    UNIQUE (patient_id, promised_on, due_on, amount)
);

-- A dispute an operator opened (litige) and later closed (fin_litige). Kept apart from patient.dispute, the ledger's
-- flag, which every ledger rewrites: an operator's dispute lasts until the operator closes it.
CREATE TABLE operator_dispute (
    id                BIGSERIAL    PRIMARY KEY,
    patient_id        BIGINT       NOT NULL REFERENCES patient (id),
    opened_on         DATE         NOT NULL,
    closed_on         DATE         CHECK (closed_on IS NULL OR closed_on >= opened_on),
    source_file_id    BIGINT       NOT NULL REFERENCES source_file (id),
    source_line       INTEGER      NOT NULL,
    UNIQUE (patient_id, opened_on)
);

-- A number an operator found wrong (faux_numero), in E.164: no SMS or call goes to it again. The patient's number is
-- compared with these each night, so a different number arriving in a ledger is usable at once.
CREATE TABLE wrong_number (
    patient_id        BIGINT       NOT NULL REFERENCES patient (id),
    number            TEXT         NOT NULL CHECK (number ~ '^\+[0-9]{8,15}$'),
    reported_on       DATE         NOT NULL,
    source_file_id    BIGINT       NOT NULL REFERENCES source_file (id),
    source_line       INTEGER      NOT NULL,
    PRIMARY KEY (patient_id, number)
);
