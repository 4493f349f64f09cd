-- What the establishment's follow-up files and returned mail said of the purged patients: contacts, instalment plans,
-- promises, operators' disputes, wrong numbers, letters returned (with the address they went to). None of it is a
-- figure of the KPI history.
WITH contacts AS (
    DELETE FROM patient_contact WHERE patient_id = ANY(:ids)
), plans AS (
    DELETE FROM payment_plan WHERE patient_id = ANY(:ids)
), promises AS (
    DELETE FROM payment_promise WHERE patient_id = ANY(:ids)
), disputes AS (
    DELETE FROM operator_dispute WHERE patient_id = ANY(:ids)
), numbers AS (
    DELETE FROM wrong_number WHERE patient_id = ANY(:ids)
)
DELETE FROM returned_mail WHERE patient_id = ANY(:ids)
