-- invoice_part.source_file_id joins the other bulk-merged tables (patient, invoice): written only by the import that
-- registered that file, in the same transaction, so it needs no foreign-key trigger. On a first load of a million
-- ledger lines its per-row check cost about 8 s of the merge (ops/bench/ledger-import.sh). The part-to-invoice link
-- stays enforced.
ALTER TABLE invoice_part DROP CONSTRAINT invoice_part_source_file_id_fkey;
