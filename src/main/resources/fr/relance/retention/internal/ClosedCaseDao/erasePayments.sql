-- Patient payments settling the purged patients' invoices, and those naming their identifier: who paid (name, the
-- text of the transfer, the identifier, a mistyped reference) goes; amount, date, channel and the bank's key stay, so
-- the payment is still counted once and never imported twice. Runs before the identifier is erased.
UPDATE payment y
SET payer_name = NULL, remittance_text = NULL, patient_external_id = NULL, bad_check_reference = NULL,
    match_note = NULL
WHERE y.id IN (SELECT a.payment_id
               FROM allocation a
               JOIN invoice_part p ON p.id = a.invoice_part_id
               JOIN invoice i ON i.id = p.invoice_id
               WHERE i.patient_id = ANY(:ids) AND a.payment_id IS NOT NULL)
   OR (y.finess = :finess
       AND y.patient_external_id IN (SELECT external_id FROM patient WHERE id = ANY(:ids)))
