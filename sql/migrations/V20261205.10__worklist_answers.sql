-- The establishment's answers to its worklists that dunning reads (issue 16 item 4), beside the approved write-off
-- (an allocation of kind write_off): a write-off proposal refused, a case handed to a third party (its name), a
-- hand-over returned (what the third party recovered, possibly nothing: the money itself is an allocation of kind
-- payment named by the same file line), a human review released. One answer of a kind per case and day: the same
-- answer sent again in a later file is recorded once.
CREATE TABLE worklist_answer (
    id                BIGSERIAL    PRIMARY KEY,
    case_id           BIGINT       NOT NULL REFERENCES dunning_case (id),
    kind              TEXT         NOT NULL CHECK (kind IN
                          ('write_off_refused', 'handed_over', 'handover_returned', 'review_released')),
    answered_on       DATE         NOT NULL,
    third_party       TEXT,
    amount            NUMERIC(12, 2) CHECK (amount IS NULL OR amount >= 0),
    source_file_id    BIGINT       NOT NULL REFERENCES source_file (id),
    source_line       INTEGER      NOT NULL,
    UNIQUE (case_id, kind, answered_on)
);
CREATE INDEX worklist_answer_case ON worklist_answer (case_id);

-- A contact field corrected by the staff with a review release ('followup'): like an ADT value, a later ledger that
-- still carries the old value does not bring it back.
ALTER TABLE patient DROP CONSTRAINT patient_contact_source;
ALTER TABLE patient ADD CONSTRAINT patient_contact_source CHECK (
    COALESCE(address_source, 'ledger') IN ('ledger', 'adt', 'followup')
    AND COALESCE(phone_source, 'ledger') IN ('ledger', 'adt', 'followup')
    AND COALESCE(mobile_source, 'ledger') IN ('ledger', 'adt', 'followup')
    AND COALESCE(email_source, 'ledger') IN ('ledger', 'adt')
    AND COALESCE(deceased_source, 'ledger') IN ('ledger', 'adt'));
