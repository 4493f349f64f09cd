-- A hash of the ledger line an invoice and its payer parts were last compared with. The nightly snapshot repeats
-- almost every line unchanged: a line whose digest is the invoice's says nothing new about it, so the merge compares
-- and writes only the few lines that differ (see ingest/ledger/internal/05_changed_lines.sql). Null until the next
-- import compares the invoice (then the full comparison runs once for it).
ALTER TABLE invoice ADD COLUMN ledger_digest BIGINT;
