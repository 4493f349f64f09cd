-- The purged patients' invoices keep their number, amounts and accounting dates (the KPI history and the money
-- tables point to them). The date of care goes, and the payment reference that named the patient's case; an invoice
-- without an issue or due date takes its care date as both, so ageing and the billed figure still count from the same
-- day (COALESCE(due, issue, care) and COALESCE(issue, care) are unchanged). The ledger digest goes too: a ledger line
-- that brings the invoice back is merged again, onto the patient it names then.
UPDATE invoice
SET issue_date = COALESCE(issue_date, care_date), due_date = COALESCE(due_date, issue_date, care_date),
    care_date = NULL, payment_reference = NULL, ledger_digest = NULL
WHERE patient_id = ANY(:ids)
