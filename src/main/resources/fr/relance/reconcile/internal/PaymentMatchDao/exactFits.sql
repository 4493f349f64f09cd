-- The last rule, for many payments at once: for each (upper-case last name, amount in cents) asked, the patient parts
-- of that name's patients whose open amount before tonight's payments is exactly that amount. The balances are
-- those of invoice_part_balance, with the establishment's allocations summed once rather than per part, and only the
-- fitting parts come back (parts tonight's payments change are followed in memory).
WITH wanted AS (
    SELECT DISTINCT w.name, w.cents::numeric / 100 AS amount
    FROM unnest(:names, :cents) AS w (name, cents)
), allocated AS (
    SELECT a.invoice_part_id,
           SUM(a.amount) FILTER (WHERE a.kind IN ('remittance', 'reversal')) AS remitted,
           SUM(a.amount) FILTER (WHERE a.kind = 'payment') AS paid,
           SUM(a.amount) FILTER (WHERE a.kind IN ('transfer_in', 'transfer_out', 'write_off')) AS adjusted
    FROM allocation a
    JOIN invoice_part p ON p.id = a.invoice_part_id AND p.payer = 'PATIENT'
    JOIN invoice i ON i.id = p.invoice_id
    WHERE i.finess = :finess
    GROUP BY a.invoice_part_id
), named AS (
    SELECT upper(pa.last_name) AS name, p.id,
           p.amount_due - settled_amount(p.source_paid, al.remitted, al.paid, al.adjusted,
                                         e.ledger_records_bank_payments) AS amount_open
    FROM patient pa
    JOIN establishment e ON e.finess = pa.finess
    JOIN invoice i ON i.patient_id = pa.id
    JOIN invoice_part p ON p.invoice_id = i.id AND p.payer = 'PATIENT'
    LEFT JOIN allocated al ON al.invoice_part_id = p.id
    WHERE pa.finess = :finess AND upper(pa.last_name) IN (SELECT name FROM wanted)
)
SELECT n.name, (w.amount * 100)::bigint AS cents, n.id AS part_id
FROM wanted w
JOIN named n ON n.name = w.name AND n.amount_open = w.amount
