-- Retention of the patient data of closed cases (issue 18 item 8): the night the retention stage erased a patient's
-- personal data. The row stays, so the amounts, actions and decisions that point to it keep their history; a purged
-- patient is never listed again, and the identifier it gave up lets the same IPP come back as a new patient.
ALTER TABLE patient ADD COLUMN purged_on DATE;
