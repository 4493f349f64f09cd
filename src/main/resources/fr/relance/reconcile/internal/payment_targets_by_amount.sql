-- Last resort: the one open patient part whose open amount is exactly the payment, of a patient whose name the
-- payer's name contains. Returned only when exactly one part fits; anything else goes to suspense.
WITH fits AS (
    SELECT b.invoice_part_id, b.amount_open, i.invoice_number
    FROM invoice_part_balance b
    JOIN invoice i ON i.id = b.invoice_id
    JOIN patient p ON p.id = i.patient_id
    WHERE i.finess = :finess AND b.payer = 'PATIENT' AND b.amount_open = :amount
      AND :payerName IS NOT NULL
      AND upper(:payerName) LIKE '%' || upper(p.last_name) || '%'
)
SELECT invoice_part_id, amount_open, invoice_number FROM fits WHERE (SELECT count(*) FROM fits) = 1
