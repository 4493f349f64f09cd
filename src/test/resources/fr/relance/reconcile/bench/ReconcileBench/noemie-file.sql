-- The NOEMIE file the return lines come from
INSERT INTO source_file (id, finess, kind, original_name, sha256, size_bytes, run_date, received_at, status)
VALUES (900000002, :finess, 'noemie', 'bench.noemie', 'bench2', 1, '2026-11-20', now(), 'imported')
