-- Contact data known not to work (issue 15 item 6): letters returned by the post, numbers on the SMS gateway's STOP
-- list. Both come as files the establishment (or its printer, or its gateway) drops.

-- How an address is compared: the same address written with other spaces or case is the same address; any other
-- difference (a new street, postcode or city) is a different address, which lifts what a returned letter said.
CREATE FUNCTION postal_address_key(line1 TEXT, line2 TEXT, postcode TEXT, city TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN upper(regexp_replace(concat_ws('|', btrim(line1), btrim(line2), btrim(postcode), btrim(city)),
                                '\s+', ' ', 'g'));

-- A letter that came back. address_key is the address it was sent to (the patient's address on the night it went
-- out); while the patient's address is still that one, no letter goes to it. A return that says nothing against the
-- address (refused, not claimed) is recorded with invalidates_address false.
CREATE TABLE returned_mail (
    action_id          BIGINT       PRIMARY KEY REFERENCES dunning_action (id),
    patient_id         BIGINT       NOT NULL REFERENCES patient (id),
    returned_on        DATE         NOT NULL,
    reason             TEXT         NOT NULL CHECK (reason IN ('NPAI', 'UNKNOWN_ADDRESS', 'REFUSED', 'UNCLAIMED')),
    invalidates_address BOOLEAN     NOT NULL,
    address_key        TEXT         NOT NULL,
    source_file_id     BIGINT       NOT NULL REFERENCES source_file (id),
    source_line        INTEGER      NOT NULL
);
CREATE INDEX returned_mail_patient ON returned_mail (patient_id);

-- Numbers (E.164) that answered STOP to an establishment's SMS: the SMS_OPT_OUT gate reads them, so no SMS is
-- decided for them. Per establishment: a STOP answers one sender.
CREATE TABLE sms_stop (
    finess            TEXT         NOT NULL REFERENCES establishment (finess),
    number            TEXT         NOT NULL CHECK (number ~ '^\+[0-9]{8,15}$'),
    stopped_on        DATE         NOT NULL,
    source_file_id    BIGINT       NOT NULL REFERENCES source_file (id),
    source_line       INTEGER      NOT NULL,
    PRIMARY KEY (finess, number)
);
