-- One row per patient from their latest line (a dispute on any of their lines counts), for the two patient
-- statements that follow. Grouped by hashing then joined back by line number: about twice as fast as sorting a
-- million whole lines for a DISTINCT ON.
CREATE TEMP TABLE ledger_patient ON COMMIT DROP AS
SELECT s.patient_id, s.line, s.last_name, s.first_name, s.address_line1, s.address_line2, s.postcode, s.city, s.phone,
       s.email, s.birth_date, s.deceased, s.guardianship, s.sms_opt_out, latest.any_dispute
FROM (SELECT max(line) AS line, bool_or(dispute) AS any_dispute FROM ledger_stage GROUP BY patient_id) latest
JOIN ledger_stage s ON s.line = latest.line
