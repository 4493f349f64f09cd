-- A first night opens a case for every patient owing, plans most first letters, passes over the steps it skips and
-- records every decision: about six million rows over four tables for a million patients. Each foreign key of those
-- rows was checked one row at a time, some 20 s of such a night. The night now checks what it wrote set-based,
-- before it commits (NightDao/orphans.sql): every case it names exists, for it names either a case read from
-- dunning_case or one it opened from a patient of its own invoices. Nothing deletes cases, actions, decisions or
-- patients.
ALTER TABLE dunning_case DROP CONSTRAINT dunning_case_finess_fkey, DROP CONSTRAINT dunning_case_patient_id_fkey;
ALTER TABLE dunning_action DROP CONSTRAINT dunning_action_case_id_fkey;
ALTER TABLE dunning_decision DROP CONSTRAINT dunning_decision_case_id_fkey,
    DROP CONSTRAINT dunning_decision_action_id_fkey;
ALTER TABLE dunning_step_passed DROP CONSTRAINT dunning_step_passed_case_id_fkey;
