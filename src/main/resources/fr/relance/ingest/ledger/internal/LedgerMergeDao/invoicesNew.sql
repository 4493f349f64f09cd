-- Invoices this establishment did not know yet, with one part per payer owed something (or paid something). A new
-- part starts paid when the ledger says so: nothing else can have settled it yet, so its status is final. A plain
-- insert, not an upsert: see the new patients.
WITH added AS (
    INSERT INTO invoice (finess, invoice_number, patient_id, care_date, issue_date, due_date, billed_on, total,
                         payment_reference, disputed, source_file_id, source_line, updated_on, ledger_digest)
    SELECT :finess, s.invoice_number, p.id, s.care_date, s.invoice_date, s.due_date, s.billing_date, s.total,
           s.payment_reference, s.dispute, :file, s.line, :runDate, s.digest
    FROM ledger_stage s
    JOIN patient p ON p.finess = :finess AND p.external_id = s.patient_id
    WHERE NOT EXISTS (SELECT 1 FROM invoice i WHERE i.finess = :finess AND i.invoice_number = s.invoice_number)
    RETURNING id, source_line
)
INSERT INTO invoice_part (invoice_id, payer, organisation, amount_due, status, status_since, source_paid,
                          source_file_id, source_line)
SELECT a.id, v.payer, v.organisation, v.due, CASE WHEN v.paid >= v.due THEN 'paid' ELSE 'open' END, :runDate, v.paid,
       :file, s.line
FROM added a
JOIN ledger_stage s ON s.line = a.source_line
CROSS JOIN LATERAL (VALUES ('AMO', NULL, s.amo_due, s.amo_paid),
                           ('AMC', s.amc_org, s.amc_due, s.amc_paid),
                           ('PATIENT', NULL, s.patient_due, s.patient_paid)) AS v (payer, organisation, due, paid)
WHERE v.due > 0 OR v.paid > 0
