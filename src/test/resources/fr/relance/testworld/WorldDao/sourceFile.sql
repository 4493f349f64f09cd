INSERT INTO source_file (finess, kind, original_name, sha256, size_bytes, run_date, received_at, status)
VALUES (:finess, :kind, :name, :sha, 1, :on, :at, 'imported')
RETURNING id
