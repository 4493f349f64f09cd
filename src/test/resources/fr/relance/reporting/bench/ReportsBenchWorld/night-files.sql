-- Tonight's NOEMIE, bank statement and ledger files of each clinic
INSERT INTO source_file (finess, kind, original_name, sha256, size_bytes, run_date, received_at, status)
SELECT e.finess, k.kind, k.kind, md5(e.finess || k.kind) || md5(k.kind), 1, :night, now(), 'imported'
FROM establishment e CROSS JOIN (VALUES ('noemie'), ('bank_statement'), ('ledger')) AS k(kind)
WHERE e.finess LIKE '98000%'
