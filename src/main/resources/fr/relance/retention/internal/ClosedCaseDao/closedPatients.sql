-- The patients of one establishment whose case is closed and quiet. Closed: no part of any of their invoices still
-- open, by the reporting's open balance (KpiDao/openBalances.sql: what is due minus settled_amount(), parts closed
-- at the source or written off and invoices closed at the source excluded), unless that part is time-barred as
-- dunning counts it (CaseGates.claimable: from the due date, else the issue or care date, or the last patient payment
-- or the signing of an instalment plan when later). Quiet: the last thing that happened on the patient's file (a
-- ledger line, a part's status, an allocation, a rise a ledger showed, the case's decisions, actions, letters sent
-- and answers, a contact, plan, promise, dispute, returned letter or wrong number reported, a patient merged into
-- them) is before :quietSince. A patient merged into another is purged with that one, never alone.
WITH patients AS (
    SELECT p.id, p.external_id
    FROM patient p
    WHERE p.finess = :finess AND p.purged_on IS NULL AND p.merged_into IS NULL
), parts AS (
    SELECT i.patient_id,
           p.amount_due - settled_amount(p.source_paid,
               sum(a.amount) FILTER (WHERE a.kind IN ('remittance', 'reversal')),
               sum(a.amount) FILTER (WHERE a.kind = 'payment'),
               sum(a.amount) FILTER (WHERE a.kind IN ('transfer_in', 'transfer_out', 'write_off')),
               e.ledger_records_bank_payments) AS open,
           GREATEST(COALESCE(i.due_date, i.issue_date, i.care_date, p.status_since),
                    max(a.allocated_on) FILTER (WHERE a.kind = 'payment' AND a.amount > 0)) AS limitation_start,
           COALESCE(i.due_date, i.issue_date, i.care_date, p.status_since) AS due
    FROM invoice i
    JOIN establishment e ON e.finess = i.finess
    JOIN invoice_part p ON p.invoice_id = i.id
    LEFT JOIN allocation a ON a.invoice_part_id = p.id
    WHERE i.finess = :finess AND p.status NOT IN ('closed_at_source', 'written_off') AND i.closed_at_source_on IS NULL
    GROUP BY p.id, i.id, e.finess
), still_claimable AS (
    SELECT o.patient_id
    FROM parts o
    LEFT JOIN LATERAL (
        SELECT max(pl.signed_on) AS signed_on FROM payment_plan pl
        WHERE pl.patient_id = o.patient_id AND pl.signed_on >= o.due) plan ON TRUE
    WHERE o.open > 0 AND GREATEST(o.limitation_start, plan.signed_on) > :barredFrom
), events AS (
    SELECT p.id AS patient_id, p.updated_on AS happened_on FROM patient p WHERE p.finess = :finess
    UNION ALL
    SELECT p.merged_into, GREATEST(p.updated_on, p.merged_on) FROM patient p
    WHERE p.finess = :finess AND p.merged_into IS NOT NULL
    UNION ALL
    SELECT i.patient_id, GREATEST(i.updated_on, i.closed_at_source_on, p.status_since, p.last_movement_on)
    FROM invoice i JOIN invoice_part p ON p.invoice_id = i.id WHERE i.finess = :finess
    UNION ALL
    SELECT i.patient_id, a.allocated_on
    FROM invoice i JOIN invoice_part p ON p.invoice_id = i.id JOIN allocation a ON a.invoice_part_id = p.id
    WHERE i.finess = :finess
    UNION ALL
    SELECT i.patient_id, lp.seen_on
    FROM invoice i JOIN invoice_part p ON p.invoice_id = i.id JOIN ledger_payment lp ON lp.invoice_part_id = p.id
    WHERE i.finess = :finess
    UNION ALL
    SELECT c.patient_id, GREATEST(c.opened_on, c.closed_on) FROM dunning_case c WHERE c.finess = :finess
    UNION ALL
    SELECT c.patient_id, d.run_date FROM dunning_case c JOIN dunning_decision d ON d.case_id = c.id
    WHERE c.finess = :finess
    UNION ALL
    SELECT c.patient_id, GREATEST(x.run_date, x.emitted_on) FROM dunning_case c JOIN dunning_action x ON x.case_id = c.id
    WHERE c.finess = :finess
    UNION ALL
    SELECT c.patient_id, w.answered_on FROM dunning_case c JOIN worklist_answer w ON w.case_id = c.id
    WHERE c.finess = :finess
    UNION ALL
    SELECT k.patient_id, k.contacted_on FROM patient_contact k JOIN patient p ON p.id = k.patient_id
    WHERE p.finess = :finess
    UNION ALL
    SELECT pl.patient_id, GREATEST(pl.signed_on, pl.ended_on,
               CAST(pl.first_due + make_interval(months => pl.period_months * (pl.instalments - 1)) AS DATE))
    FROM payment_plan pl JOIN patient p ON p.id = pl.patient_id WHERE p.finess = :finess
    UNION ALL
    SELECT pr.patient_id, pr.due_on FROM payment_promise pr JOIN patient p ON p.id = pr.patient_id
    WHERE p.finess = :finess
    UNION ALL
    SELECT od.patient_id, GREATEST(od.opened_on, od.closed_on) FROM operator_dispute od
    JOIN patient p ON p.id = od.patient_id WHERE p.finess = :finess
    UNION ALL
    SELECT wn.patient_id, wn.reported_on FROM wrong_number wn JOIN patient p ON p.id = wn.patient_id
    WHERE p.finess = :finess
    UNION ALL
    SELECT rm.patient_id, rm.returned_on FROM returned_mail rm JOIN patient p ON p.id = rm.patient_id
    WHERE p.finess = :finess
), last_activity AS (
    SELECT patient_id, max(happened_on) AS last_on FROM events GROUP BY patient_id
)
SELECT p.id, p.external_id, l.last_on AS last_activity
FROM patients p
JOIN last_activity l ON l.patient_id = p.id
WHERE l.last_on < :quietSince
  AND NOT EXISTS (SELECT 1 FROM still_claimable s WHERE s.patient_id = p.id)
ORDER BY p.id
