-- The ledger file of each clinic, imported the night before
INSERT INTO source_file (finess, kind, original_name, sha256, size_bytes, run_date, received_at, status)
SELECT finess, 'ledger', 'ledger.csv', md5(finess || 'ledger-1') || md5(finess), 1, CAST(:night AS DATE) - 1,
       now(), 'imported'
FROM establishment WHERE finess LIKE '98000%'
