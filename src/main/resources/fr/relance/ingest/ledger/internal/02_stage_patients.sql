-- One row per patient from their latest line (a dispute on any of their lines counts), sorted once for the two
-- patient statements that follow.
CREATE TEMP TABLE ledger_patient ON COMMIT DROP AS
SELECT DISTINCT ON (patient_id) patient_id, line, last_name, first_name, address_line1, address_line2, postcode, city,
       phone, email, birth_date, deceased, guardianship, sms_opt_out,
       bool_or(dispute) OVER (PARTITION BY patient_id) AS any_dispute
FROM ledger_stage
ORDER BY patient_id, line DESC
