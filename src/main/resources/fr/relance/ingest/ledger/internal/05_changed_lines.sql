-- The lines of known invoices that may say something new: their digest (a 64-bit hash of what the line says about
-- the invoice and its parts) differs from the one recorded when the invoice was last compared, or the invoice was
-- closed at the source and comes back. Every other known line is left alone by the invoice and part statements. New
-- invoices get the same digest in 08_invoices_new.sql: keep the two expressions the same.
INSERT INTO ledger_changed
SELECT s.*, i.id, d.digest
FROM ledger_stage s
JOIN invoice i ON i.finess = :finess AND i.invoice_number = s.invoice_number
CROSS JOIN LATERAL (SELECT hash_record_extended(ROW(s.patient_id, s.care_date, s.invoice_date, s.due_date, s.total,
                                                    s.amo_due, s.amc_due, s.amc_org, s.patient_due, s.amo_paid,
                                                    s.amc_paid, s.patient_paid, s.payment_reference, s.dispute), 0)
                    AS digest) d
WHERE i.ledger_digest IS DISTINCT FROM d.digest OR i.closed_at_source_on IS NOT NULL
