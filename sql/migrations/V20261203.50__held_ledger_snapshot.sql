-- A ledger snapshot that would close an implausible share of the open invoices is held, not applied and not
-- quarantined: it stays in the archive until ops confirm it (ops/relance nightly --confirm-snapshot), then the next
-- night imports it without that check.
ALTER TABLE source_file DROP CONSTRAINT source_file_status_check;
ALTER TABLE source_file ADD CONSTRAINT source_file_status_check CHECK (status IN ('arriving', 'received', 'imported',
    'partially_imported', 'duplicate', 'quarantined', 'held'));
ALTER TABLE source_file ADD COLUMN snapshot_confirmed BOOLEAN NOT NULL DEFAULT false;
