-- The output stage (issue 14): when an action went out, with which template, in which batch file and on which pages.

-- The night an action was emitted, distinct from the night it was planned: a night whose output failed is caught up
-- by a later one, and the R124-4 reference date and the calibration must count from the day the letter left.
ALTER TABLE dunning_action
    ADD COLUMN emitted_on        DATE,
    -- version of the letter template (jobs/letters/<step>.yml) the action was rendered with
    ADD COLUMN template_version  TEXT,
    -- where the letter lies in its batch file (and in the archived copy of that file), 1-based
    ADD COLUMN first_page        INTEGER,
    ADD COLUMN pages             INTEGER;
-- Actions emitted before this stage existed (only by hand, in tests) left on their planning night.
UPDATE dunning_action SET emitted_on = run_date WHERE status = 'emitted';
ALTER TABLE dunning_action
    ADD CONSTRAINT dunning_action_emitted_on CHECK ((status = 'emitted') = (emitted_on IS NOT NULL));
CREATE UNIQUE INDEX dunning_action_reference ON dunning_action (reference) WHERE reference IS NOT NULL;

-- Simple and registered letters go to the printer in separate batches; a batch may be split into parts (sequence)
-- so that no print file holds an unbounded number of letters.
ALTER TABLE output_batch DROP CONSTRAINT output_batch_kind_check;
ALTER TABLE output_batch
    ADD CONSTRAINT output_batch_kind_check
        CHECK (kind IN ('letters', 'registered_letters', 'sms', 'calls', 'handover', 'write_off', 'report')),
    ADD COLUMN pages         INTEGER,
    ADD COLUMN index_path    TEXT,
    -- the PDF/A copy kept under the engine's home for the limitation period
    ADD COLUMN archive_path  TEXT;
