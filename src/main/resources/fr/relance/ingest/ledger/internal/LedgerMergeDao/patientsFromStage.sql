-- The patients of a file staged whole (FEC): every patient of the file, from their latest line, disputed if any of
-- their lines is. A CSV ledger finds them while it is read (KnownLedger), among the lines that may say something new.
INSERT INTO ledger_patient_latest (patient_id, line, any_dispute, digest)
SELECT patient_id, max(line), bool_or(dispute), NULL
FROM ledger_stage
GROUP BY patient_id
