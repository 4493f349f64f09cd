-- What the dropped foreign keys guarded against (see migration V20261124.21), checked once for the whole night: a
-- decision of a patient whose new case was not opened, or a row written under a provisional (negative) case id.
-- Any of them makes the establishment's night fail and roll back.
SELECT (SELECT count(*) FROM dunning_night_decision n
        WHERE n.case_id < 0 AND NOT EXISTS (SELECT 1 FROM dunning_night_opened o WHERE o.patient_id = -n.case_id))
     + (SELECT count(*) FROM (SELECT 1 FROM dunning_action WHERE case_id < 0 LIMIT 1) a)
     + (SELECT count(*) FROM (SELECT 1 FROM dunning_decision WHERE case_id < 0 LIMIT 1) d)
     + (SELECT count(*) FROM (SELECT 1 FROM dunning_step_passed WHERE case_id < 0 LIMIT 1) s)
