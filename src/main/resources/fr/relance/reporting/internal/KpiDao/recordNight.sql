INSERT INTO kpi_night (finess, run_date, first_night, allocation_upto, ledger_file_upto, written_at)
VALUES (:finess, :runDate, :m.firstNight, :m.allocationUpto, :m.ledgerFileUpto, now())
