-- Open balances and their ageing tonight, per establishment. A part's open balance is what is due minus
-- settled_amount(), whatever its status (rejected parts included), except parts closed at the source or written off;
-- a part settled beyond its due owes nothing (the credit is reported with suspense, not netted). Age counts from the
-- due date (else the issue date, else the care date); a part not due yet is in the first bucket.
WITH parts AS (
    -- one pass: each part of the establishments with the sums of its allocations by kind
    SELECT i.finess, p.payer,
           greatest(p.amount_due - settled_amount(p.source_paid,
                       sum(a.amount) FILTER (WHERE a.kind IN ('remittance', 'reversal')),
                       sum(a.amount) FILTER (WHERE a.kind = 'payment'),
                       sum(a.amount) FILTER (WHERE a.kind IN ('transfer_in', 'transfer_out', 'write_off')),
                       e.ledger_records_bank_payments), 0) AS open,
           CAST(:runDate AS DATE) - COALESCE(i.due_date, i.issue_date, i.care_date, :runDate) AS age
    FROM invoice_part p
    JOIN invoice i ON i.id = p.invoice_id
    JOIN establishment e ON e.finess = i.finess
    LEFT JOIN allocation a ON a.invoice_part_id = p.id
    WHERE i.finess IN (<finesses>) AND p.status NOT IN ('closed_at_source', 'written_off')
      AND i.closed_at_source_on IS NULL
    GROUP BY p.id, i.id, e.finess
), owing AS (
    SELECT finess, payer, open,
           CASE WHEN age <= 30 THEN '0-30' WHEN age <= 60 THEN '31-60' WHEN age <= 90 THEN '61-90'
                WHEN age <= 180 THEN '91-180' WHEN age <= 365 THEN '181-365' ELSE '365+' END AS bucket
    FROM parts WHERE open > 0
)
INSERT INTO kpi_daily (finess, run_date, kpi, payer, dimension, amount, items)
SELECT finess, :runDate, 'OPEN_BALANCE', payer, '', sum(open), count(*) FROM owing GROUP BY finess, payer
UNION ALL
SELECT finess, :runDate, 'AGEING', payer, bucket, sum(open), count(*) FROM owing GROUP BY finess, payer, bucket
