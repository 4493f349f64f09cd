UPDATE print_push SET pushed_at = now(), remote_path = :remotePath, attempts = attempts + 1, last_error = NULL
WHERE output_batch_id = :batch
