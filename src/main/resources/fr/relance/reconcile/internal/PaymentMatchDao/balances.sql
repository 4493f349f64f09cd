-- The terms of each part's settled amount (settled_amount and the invoice_part_balance view), and its patient's
-- name: the matching follows the part's open amount as the night's payments are allocated, without asking again.
SELECT p.id, upper(pa.last_name) AS name, p.amount_due, p.source_paid, e.ledger_records_bank_payments,
       COALESCE(a.remitted, 0) AS remitted, COALESCE(a.paid, 0) AS paid, COALESCE(a.adjusted, 0) AS adjusted
FROM invoice_part p
JOIN invoice i ON i.id = p.invoice_id
JOIN patient pa ON pa.id = i.patient_id
JOIN establishment e ON e.finess = i.finess
LEFT JOIN LATERAL (
    SELECT SUM(amount) FILTER (WHERE kind IN ('remittance', 'reversal')) AS remitted,
           SUM(amount) FILTER (WHERE kind = 'payment') AS paid,
           SUM(amount) FILTER (WHERE kind IN ('transfer_in', 'transfer_out', 'write_off')) AS adjusted
    FROM allocation WHERE invoice_part_id = p.id) a ON TRUE
WHERE p.id = ANY(:ids)
