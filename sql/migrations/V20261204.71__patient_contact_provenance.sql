-- Where and when each contact field of a patient came from (issue #20): 'ledger' (as of 00:00 of its night's
-- business date) or 'adt' (the HL7 message's event time, EVN-2, else MSH-7). An ADT message never overwrites a
-- newer value, and a ledger line overwrites an ADT value only when it is newer and says something the ledger had not said before
-- (ledger_said: a hash of each field group of the ledger's latest line, kept by the ledger merge alone).
-- Null on patients recorded before: they count as older than any message.
ALTER TABLE patient
    ADD COLUMN address_source  TEXT,
    ADD COLUMN address_as_of   TIMESTAMPTZ,
    ADD COLUMN phone_source    TEXT,
    ADD COLUMN phone_as_of     TIMESTAMPTZ,
    ADD COLUMN mobile_source   TEXT,
    ADD COLUMN mobile_as_of    TIMESTAMPTZ,
    ADD COLUMN email_source    TEXT,
    ADD COLUMN email_as_of     TIMESTAMPTZ,
    ADD COLUMN deceased_source TEXT,
    ADD COLUMN deceased_as_of  TIMESTAMPTZ,
    ADD COLUMN deceased_on     DATE,
    ADD COLUMN ledger_said     JSONB,
    -- an A40 merge: this patient was absorbed by another of the same establishment (their identifier now resolves
    -- to the survivor); nothing of theirs is deleted
    ADD COLUMN merged_into     BIGINT REFERENCES patient (id),
    ADD COLUMN merged_on       DATE;
ALTER TABLE patient ADD CONSTRAINT patient_contact_source CHECK (
    COALESCE(address_source, 'ledger') IN ('ledger', 'adt') AND COALESCE(phone_source, 'ledger') IN ('ledger', 'adt')
    AND COALESCE(mobile_source, 'ledger') IN ('ledger', 'adt') AND COALESCE(email_source, 'ledger') IN ('ledger', 'adt')
    AND COALESCE(deceased_source, 'ledger') IN ('ledger', 'adt'));
-- the case an absorbed patient's case was merged into: its steps count as the survivor case's
ALTER TABLE dunning_case ADD COLUMN merged_into BIGINT REFERENCES dunning_case (id);
-- what the ledger said last of the patients recorded before: their current values, all from ledgers so far
UPDATE patient
SET ledger_said = jsonb_build_object('address', md5(ROW(address_line1, address_line2, postcode, city)::text),
                                     'phone', md5(phone), 'mobile', md5(mobile), 'email', md5(email),
                                     'deceased', deceased::text);
