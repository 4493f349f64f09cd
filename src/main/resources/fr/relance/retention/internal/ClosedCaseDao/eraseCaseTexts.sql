-- The purged patients' cases keep their decisions and actions (outcomes, codes, balances, costs: the KPI history
-- and the calibration count them), without the free texts that may quote a contact detail: a decision's reasons
-- become its codes, an e-mail's last SMTP error goes, an answer to a worklist loses the third party's name. A case
-- still open (only time-barred parts left, waiting for a person) is closed: dunning no longer reads a purged patient.
WITH cases AS (
    SELECT id FROM dunning_case WHERE patient_id = ANY(:ids)
), closed AS (
    UPDATE dunning_case SET closed_on = :night, closed_reason = 'patient data erased (retention)'
    WHERE id IN (SELECT id FROM cases) AND closed_on IS NULL
), decisions AS (
    UPDATE dunning_decision SET reasons = array_to_string(codes, ' ') WHERE case_id IN (SELECT id FROM cases)
), mails AS (
    UPDATE email_delivery SET last_error = NULL
    WHERE action_id IN (SELECT x.id FROM dunning_action x WHERE x.case_id IN (SELECT id FROM cases))
)
UPDATE worklist_answer SET third_party = NULL WHERE case_id IN (SELECT id FROM cases)
