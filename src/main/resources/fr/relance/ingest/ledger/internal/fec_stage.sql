CREATE TEMP TABLE fec_stage (
    line          INTEGER NOT NULL,
    aux_account   TEXT    NOT NULL,
    aux_label     TEXT,
    piece_ref     TEXT    NOT NULL,
    piece_date    DATE,
    entry_date    DATE    NOT NULL,
    debit         NUMERIC(12, 2) NOT NULL,
    credit        NUMERIC(12, 2) NOT NULL,
    lettering     TEXT
) ON COMMIT DROP;
