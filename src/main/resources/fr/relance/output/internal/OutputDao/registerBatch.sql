-- A batch file written and renamed to its final name, with the SHA-256 of its bytes.
INSERT INTO output_batch (finess, kind, run_date, sequence, file_path, item_count, sha256, created_at, pages,
    index_path, archive_path)
VALUES (:finess, :kind, :night, :sequence, :file, :items, :sha256, now(), :pages, :index, :archive)
RETURNING id
