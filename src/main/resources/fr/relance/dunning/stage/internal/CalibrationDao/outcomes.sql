-- What followed past actions, per (step, band) of the establishment. Acted: actions emitted at least 30 days ago (up
-- to a year back), counted from the night they went out, not the night they were planned. Controls: cases held back on a due step (DEFER) with no action in the 30 days after, counted once
-- per case and step. Paid: a patient payment on any of the patient's parts within 30 days after, allocated by us or
-- seen as a rise of the paid amount on a ledger.
WITH acted AS (
    SELECT a.step_id, a.band, c.patient_id, a.emitted_on AS since
    FROM dunning_action a
    JOIN dunning_case c ON c.id = a.case_id
    WHERE c.finess = :finess AND a.status = 'emitted'
      AND a.emitted_on BETWEEN CAST(:runDate AS DATE) - 395 AND CAST(:runDate AS DATE) - 30
), control AS (
    SELECT DISTINCT ON (d.case_id, d.step_id) d.step_id, d.band, c.patient_id, d.run_date AS since
    FROM dunning_decision d
    JOIN dunning_case c ON c.id = d.case_id
    WHERE c.finess = :finess AND d.outcome = 'DEFER' AND d.step_id IS NOT NULL
      AND d.run_date BETWEEN CAST(:runDate AS DATE) - 395 AND CAST(:runDate AS DATE) - 30
      AND NOT EXISTS (SELECT 1 FROM dunning_action a
                      WHERE a.case_id = d.case_id AND a.status <> 'suppressed'
                        AND a.run_date BETWEEN d.run_date AND d.run_date + 30)
    ORDER BY d.case_id, d.step_id, d.run_date
), observed AS (
    SELECT step_id, band, TRUE AS acted, patient_id, since FROM acted
    UNION ALL
    SELECT step_id, band, FALSE, patient_id, since FROM control
)
SELECT o.step_id, o.band,
       count(*) FILTER (WHERE o.acted AND f.paid) AS acted_paid,
       count(*) FILTER (WHERE o.acted AND NOT f.paid) AS acted_unpaid,
       count(*) FILTER (WHERE NOT o.acted AND f.paid) AS control_paid,
       count(*) FILTER (WHERE NOT o.acted AND NOT f.paid) AS control_unpaid
FROM observed o
CROSS JOIN LATERAL (
    SELECT EXISTS (
        SELECT 1
        FROM invoice i
        JOIN invoice_part p ON p.invoice_id = i.id AND p.payer = 'PATIENT'
        JOIN allocation x ON x.invoice_part_id = p.id
        WHERE i.patient_id = o.patient_id AND x.kind = 'payment' AND x.amount > 0
          AND x.allocated_on > o.since AND x.allocated_on <= o.since + 30
    ) OR EXISTS (
        SELECT 1
        FROM invoice i
        JOIN invoice_part p ON p.invoice_id = i.id AND p.payer = 'PATIENT'
        JOIN ledger_payment lp ON lp.invoice_part_id = p.id
        WHERE i.patient_id = o.patient_id AND lp.seen_on > o.since AND lp.seen_on <= o.since + 30
    ) AS paid
) f
GROUP BY o.step_id, o.band
ORDER BY o.step_id, o.band
