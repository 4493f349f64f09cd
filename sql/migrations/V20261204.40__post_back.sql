-- Matched payments handed back to the establishment (#16 item 6): an allocation listed once, in the post-back file
-- of the night it was first handed over; a rerun of that night lists the same rows again, a later night never.
CREATE TABLE post_back (
    allocation_id     BIGINT       PRIMARY KEY REFERENCES allocation (id),
    finess            TEXT         NOT NULL REFERENCES establishment (finess),
    run_date          DATE         NOT NULL
);
CREATE INDEX post_back_night ON post_back (finess, run_date);
