UPDATE print_push SET attempts = attempts + 1, last_error = :error WHERE output_batch_id = :batch
