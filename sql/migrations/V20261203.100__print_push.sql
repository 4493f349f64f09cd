-- Print files pushed to an establishment's print provider (letters.printProvider in its file). A batch gets its row
-- the night it is registered, if the establishment has a provider then; pushed_at is set once the file and its index
-- are complete under their final names on the provider's server. A row still without pushed_at is pushed again on
-- the next night, from the file already written (never rendered again); attempts and last_error say why it waits.
CREATE TABLE print_push (
    output_batch_id   BIGINT       PRIMARY KEY REFERENCES output_batch (id),
    finess            TEXT         NOT NULL REFERENCES establishment (finess),
    registered_on     DATE         NOT NULL,
    attempts          INTEGER      NOT NULL DEFAULT 0,
    last_error        TEXT,
    pushed_at         TIMESTAMPTZ,
    remote_path       TEXT
);

CREATE INDEX print_push_waiting ON print_push (finess) WHERE pushed_at IS NULL;
