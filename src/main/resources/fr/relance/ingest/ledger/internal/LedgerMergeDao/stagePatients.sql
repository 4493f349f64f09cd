-- One row per patient to refresh (ledger_patient_latest: new, described differently, or whose dispute changed) with
-- the details of their latest line, for the two patient statements that follow. When only the dispute changed, that
-- line may not be staged: the details are then the recorded ones, which that line repeats (same digest).
CREATE TEMP TABLE ledger_patient ON COMMIT DROP AS
SELECT l.patient_id, l.line, s.last_name, s.first_name, s.address_line1, s.address_line2, s.postcode, s.city,
       s.phone, s.mobile, s.email, s.birth_date, s.deceased, s.guardianship, s.sms_opt_out, l.any_dispute, l.digest
FROM ledger_patient_latest l
JOIN ledger_stage s ON s.line = l.line
UNION ALL
SELECT l.patient_id, l.line, p.last_name, p.first_name, p.address_line1, p.address_line2, p.postcode, p.city,
       p.phone, p.mobile, p.email, p.birth_date, p.deceased, p.guardianship, p.sms_opt_out, l.any_dispute, l.digest
FROM ledger_patient_latest l
JOIN patient p ON p.finess = :finess AND p.external_id = l.patient_id
WHERE NOT EXISTS (SELECT 1 FROM ledger_stage s WHERE s.line = l.line)
