-- The e-mail channel (issue 15): its batches, and the delivery of each message to the SMTP server, recorded so that
-- a failure is retried a bounded number of times and a message accepted once is never sent again.

ALTER TABLE output_batch DROP CONSTRAINT output_batch_kind_check;
ALTER TABLE output_batch
    ADD CONSTRAINT output_batch_kind_check
        CHECK (kind IN ('letters', 'registered_letters', 'sms', 'calls', 'email', 'handover', 'write_off', 'report'));

CREATE TABLE email_delivery (
    action_id        BIGINT       PRIMARY KEY REFERENCES dunning_action (id),
    finess           TEXT         NOT NULL,
    run_date         DATE         NOT NULL,
    -- the message as rendered once (RFC 822 .eml, written with its batch): every attempt sends these bytes
    message_file     TEXT         NOT NULL,
    message_id       TEXT         NOT NULL,
    -- pending: to send; sent: accepted by the SMTP server; bounced: refused for good (5xx); failed: given up after
    -- the attempts allowed; pickup: left in the pickup folder, no SMTP server configured
    status           TEXT         NOT NULL CHECK (status IN ('pending', 'sent', 'bounced', 'failed', 'pickup')),
    attempts         INTEGER      NOT NULL DEFAULT 0,
    last_error       TEXT,
    last_attempt_at  TIMESTAMPTZ,
    sent_at          TIMESTAMPTZ
);
CREATE INDEX email_delivery_to_send ON email_delivery (finess) WHERE status = 'pending';
