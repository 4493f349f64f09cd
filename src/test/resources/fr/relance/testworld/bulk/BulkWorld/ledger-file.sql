-- The imported ledger file that every generated row cites as its source (source_file_id = :ledgerFile)
INSERT INTO source_file (id, finess, kind, original_name, sha256, size_bytes, run_date, received_at, status)
VALUES (:ledgerFile, :finess, 'ledger', 'bench.csv', :ledgerSha256, 1, :ledgerRunDate, :ledgerReceivedAt, 'imported')
