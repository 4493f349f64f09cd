-- What the latest ledger line applied to a patient said of them (LineDigest.patient): with the invoice's digest, a
-- line that says nothing new is recognised while the file is read and never staged. Null until the next ledger.
-- The invoices' digests are computed in Java from now on (they were a SQL hash): each invoice is compared once more
-- on its next ledger line, then skipped again.
ALTER TABLE patient ADD COLUMN ledger_digest BIGINT;
