-- Last resort: the one open patient part whose open amount is exactly the payment, of a patient whose last name is
-- one of the words (or two adjacent words) of the payer's name. Returned only when exactly one part fits; anything
-- else goes to suspense. Patients are found by name through their index, not by scanning every open part.
WITH fits AS (
    SELECT b.invoice_part_id, b.amount_open, i.invoice_number
    FROM patient p
    JOIN invoice i ON i.patient_id = p.id
    JOIN invoice_part_balance b ON b.invoice_id = i.id
    WHERE p.finess = :finess AND upper(p.last_name) = ANY(:names)
      AND b.payer = 'PATIENT' AND b.amount_open = :amount
)
SELECT invoice_part_id, amount_open, invoice_number FROM fits WHERE (SELECT count(*) FROM fits) = 1
