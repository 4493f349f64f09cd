-- One row per open case of the establishment, and per patient owing who has none yet: the patient and their contact
-- data, the open patient parts (with the insurer part of the same invoice still awaited), the steps done or passed
-- over, the first letter once emitted, the contacts the establishment reported, the running instalment plan.
-- Set-based: the arrays are aggregated per case, never looked up case by case. A patient payment is one we allocated
-- or one a ledger showed (ledger_payment). Each aggregate reads its own table filtered by establishment, never the
-- open_case union: grouped over a union, PostgreSQL guesses 200 groups, and a million cases joined to a guess of 200
-- rows gets a nested loop that runs for hours. The tables of every establishment (allocations, ledger payments,
-- actions, steps passed) are read through the keys of this establishment's parts and cases, never scanned whole: with
-- twenty establishments a scan reads twenty times the rows (ops/bench/run).
WITH insurer AS (
    SELECT invoice_id, min(billed_on) AS pending_since
    FROM dunning_night_part
    WHERE payer <> 'PATIENT' AND amount_open > 0
    GROUP BY invoice_id
), ledger_part AS (
    SELECT lp.invoice_part_id, max(lp.seen_on) AS seen_on
    FROM ledger_payment lp
    JOIN dunning_night_part o ON o.part_id = lp.invoice_part_id AND o.payer = 'PATIENT'
    WHERE lp.seen_on <= :runDate
    GROUP BY lp.invoice_part_id
), owed AS (
    SELECT o.patient_id,
           array_agg(o.invoice_number ORDER BY o.due_date, o.invoice_number) AS invoices,
           array_agg(o.amount_open ORDER BY o.due_date, o.invoice_number) AS amounts,
           array_agg(o.due_date ORDER BY o.due_date, o.invoice_number) AS due_dates,
           array_agg(ins.pending_since ORDER BY o.due_date, o.invoice_number) AS pending_since,
           array_agg(GREATEST(o.last_paid, lg.seen_on) ORDER BY o.due_date, o.invoice_number) AS last_paid
    FROM dunning_night_part o
    LEFT JOIN insurer ins ON ins.invoice_id = o.invoice_id
    LEFT JOIN ledger_part lg ON lg.invoice_part_id = o.part_id
    WHERE o.payer = 'PATIENT' AND o.status = 'open' AND o.amount_open > 0
    GROUP BY o.patient_id
), paid_allocated AS (
    -- each patient part's last payment through the allocation index, as the staging reads balances: a join let the
    -- planner read every establishment's parts and allocations for each establishment
    SELECT i.patient_id, max(x.last_paid) AS last_paid
    FROM invoice i
    JOIN invoice_part p ON p.invoice_id = i.id AND p.payer = 'PATIENT'
    CROSS JOIN LATERAL (
        SELECT max(a.allocated_on) AS last_paid FROM allocation a
        WHERE a.invoice_part_id = p.id AND a.kind = 'payment' AND a.amount > 0 AND a.allocated_on <= :runDate) x
    WHERE i.finess = :finess AND x.last_paid IS NOT NULL
    GROUP BY i.patient_id
), paid_ledger AS (
    SELECT i.patient_id, max(x.last_paid) AS last_paid
    FROM invoice i
    JOIN invoice_part p ON p.invoice_id = i.id AND p.payer = 'PATIENT'
    CROSS JOIN LATERAL (
        SELECT max(lp.seen_on) AS last_paid FROM ledger_payment lp
        WHERE lp.invoice_part_id = p.id AND lp.seen_on <= :runDate) x
    WHERE i.finess = :finess AND x.last_paid IS NOT NULL
    GROUP BY i.patient_id
), credit AS (
    -- what the establishment owes each patient: payments left with a credit, less what netting used of them; such a
    -- patient is not chased (CREDIT_TO_REFUND) until the credit is refunded or netted
    SELECT cp.patient_id, sum(cp.unallocated) AS credit
    FROM (SELECT min(i.patient_id) AS patient_id, p.amount - sum(x.amount) AS unallocated
          FROM payment p
          JOIN allocation x ON x.payment_id = p.id
          JOIN invoice_part ip ON ip.id = x.invoice_part_id
          JOIN invoice i ON i.id = ip.invoice_id
          WHERE p.finess = :finess AND p.match_status = 'credit'
          GROUP BY p.id) cp
    WHERE cp.unallocated > 0
    GROUP BY cp.patient_id
), open_case AS (
    -- Every open case (a night already decided is not run again: DunningNight checks dunning_run first), and every
    -- patient owing without one, under a provisional id (minus the patient's id): the case is opened once decided,
    -- its row written once, already pointing to its first decision.
    SELECT c.id, c.patient_id
    FROM dunning_case c
    WHERE c.finess = :finess AND c.closed_on IS NULL
    UNION ALL
    SELECT -o.patient_id, o.patient_id
    FROM (SELECT DISTINCT patient_id FROM dunning_night_part
          WHERE payer = 'PATIENT' AND status = 'open' AND amount_open > 0) o
    WHERE NOT EXISTS (SELECT 1 FROM dunning_case c WHERE c.patient_id = o.patient_id AND c.closed_on IS NULL)
), case_family AS (
    -- each open case and the cases merged into it (HL7 A40): the steps of an absorbed patient's case are its own
    SELECT c.id AS case_id, c.id AS member
    FROM dunning_case c
    WHERE c.finess = :finess AND c.closed_on IS NULL
    UNION ALL
    SELECT c.id, m.id
    FROM dunning_case m
    JOIN dunning_case c ON c.id = m.merged_into AND c.finess = :finess AND c.closed_on IS NULL
    WHERE m.finess = :finess AND m.merged_into IS NOT NULL
), taken AS (
    -- a step counts from the night it went out (a night whose output failed is caught up later), else from its plan.
    -- The steps of each case are read through its key (OFFSET 0 keeps the lateral from being flattened into a join
    -- that reads every establishment's actions)
    SELECT f.case_id, array_agg(a.step_id ORDER BY COALESCE(a.emitted_on, a.run_date), a.step_id) AS step_ids,
           array_agg(COALESCE(a.emitted_on, a.run_date) ORDER BY COALESCE(a.emitted_on, a.run_date), a.step_id)
               AS step_dates
    FROM case_family f
    CROSS JOIN LATERAL (SELECT x.step_id, x.emitted_on, x.run_date FROM dunning_action x
                        WHERE x.case_id = f.member AND x.status <> 'suppressed' OFFSET 0) a
    GROUP BY f.case_id
), passed AS (
    SELECT f.case_id, array_agg(sp.step_id ORDER BY sp.run_date, sp.step_id) AS step_ids,
           array_agg(sp.run_date ORDER BY sp.run_date, sp.step_id) AS step_dates
    FROM case_family f
    CROSS JOIN LATERAL (SELECT x.step_id, x.run_date FROM dunning_step_passed x WHERE x.case_id = f.member OFFSET 0) sp
    GROUP BY f.case_id
), contact AS (
    SELECT pc.patient_id,
           array_agg(pc.contacted_on ORDER BY pc.contacted_on, pc.id) AS contact_dates,
           array_agg(pc.channel ORDER BY pc.contacted_on, pc.id) AS contact_channels,
           array_agg(pc.origin ORDER BY pc.contacted_on, pc.id) AS contact_origins,
           array_agg(pc.refused_calls ORDER BY pc.contacted_on, pc.id) AS contact_refused
    FROM patient_contact pc
    JOIN patient pt ON pt.id = pc.patient_id AND pt.finess = :finess
    WHERE pc.contacted_on >= :contactsFrom AND pc.contacted_on <= :runDate
    GROUP BY pc.patient_id
), plan AS (
    -- the plan running tonight (the newest signed if several), with what the patient paid since signing it; with
    -- a ledger that records bank payments too, the larger of the two sources counts: settled_amount() decides
    SELECT DISTINCT ON (pp.patient_id) pp.patient_id, pp.signed_on, pp.instalment, pp.instalments, pp.first_due,
           pp.period_months,
           (SELECT COALESCE(sum(x.amount), 0)
            FROM invoice i JOIN invoice_part p ON p.invoice_id = i.id AND p.payer = 'PATIENT'
            JOIN allocation x ON x.invoice_part_id = p.id AND x.kind = 'payment'
            WHERE i.patient_id = pp.patient_id AND x.allocated_on BETWEEN pp.signed_on AND :runDate) AS allocated,
           (SELECT COALESCE(sum(lp.amount), 0)
            FROM invoice i JOIN invoice_part p ON p.invoice_id = i.id AND p.payer = 'PATIENT'
            JOIN ledger_payment lp ON lp.invoice_part_id = p.id
            WHERE i.patient_id = pp.patient_id AND lp.seen_on BETWEEN pp.signed_on AND :runDate) AS ledger
    FROM payment_plan pp
    JOIN patient pt ON pt.id = pp.patient_id AND pt.finess = :finess
    WHERE pp.signed_on <= :runDate AND (pp.ended_on IS NULL OR pp.ended_on > :runDate)
    ORDER BY pp.patient_id, pp.signed_on DESC, pp.id DESC
), first_letter AS (
    -- the date a later contact quotes is the one printed on the letter: the night it was emitted
    SELECT DISTINCT ON (f.case_id) f.case_id, a.reference, a.emitted_on
    FROM case_family f
    CROSS JOIN LATERAL (SELECT x.reference, x.emitted_on, x.step_number FROM dunning_action x
                        WHERE x.case_id = f.member AND x.channel = 'LETTER' AND x.status = 'emitted'
                          AND x.reference IS NOT NULL OFFSET 0) a
    ORDER BY f.case_id, a.emitted_on, a.step_number
), promise AS (
    -- the patient's latest promise to an operator, while it holds or lapsed recently (the explanation says so)
    SELECT DISTINCT ON (pm.patient_id) pm.patient_id, pm.promised_on, pm.due_on, pm.amount
    FROM payment_promise pm
    JOIN patient pt ON pt.id = pm.patient_id AND pt.finess = :finess
    WHERE pm.promised_on <= :runDate AND pm.due_on >= :contactsFrom
    ORDER BY pm.patient_id, pm.promised_on DESC, pm.id DESC
), operator_dispute_open AS (
    SELECT od.patient_id, max(od.opened_on) AS opened_on
    FROM operator_dispute od
    JOIN patient pt ON pt.id = od.patient_id AND pt.finess = :finess
    WHERE od.opened_on <= :runDate AND (od.closed_on IS NULL OR od.closed_on > :runDate)
    GROUP BY od.patient_id
), wrong AS (
    SELECT wn.patient_id, array_agg(wn.number ORDER BY wn.number) AS numbers,
           array_agg(wn.reported_on ORDER BY wn.number) AS reported_on
    FROM wrong_number wn
    JOIN patient pt ON pt.id = wn.patient_id AND pt.finess = :finess
    WHERE wn.reported_on <= :runDate
    GROUP BY wn.patient_id
), returned AS (
    -- letters that came back from the address the patient still has: a different address lifts them
    SELECT rm.patient_id, array_agg(a.reference ORDER BY rm.returned_on DESC, rm.action_id DESC) AS refs,
           array_agg(rm.returned_on ORDER BY rm.returned_on DESC, rm.action_id DESC) AS returned_on
    FROM returned_mail rm
    JOIN patient pt ON pt.id = rm.patient_id AND pt.finess = :finess
    JOIN dunning_action a ON a.id = rm.action_id
    WHERE rm.invalidates_address AND rm.returned_on <= :runDate
      AND rm.address_key = postal_address_key(pt.address_line1, pt.address_line2, pt.postcode, pt.city)
      -- a person who released the case from review since the letter came back confirmed the address
      AND NOT EXISTS (SELECT 1 FROM worklist_answer wa JOIN dunning_case c ON c.id = wa.case_id
                      WHERE c.patient_id = rm.patient_id AND c.closed_on IS NULL AND wa.kind = 'review_released'
                        AND wa.answered_on >= rm.returned_on AND wa.answered_on <= :runDate)
    GROUP BY rm.patient_id
), answers AS (
    -- the establishment's latest answer of each kind on its worklists (refusal, hand-over, review release)
    SELECT wa.case_id,
           max(wa.answered_on) FILTER (WHERE wa.kind = 'write_off_refused') AS write_off_refused_on,
           max(wa.answered_on) FILTER (WHERE wa.kind = 'handed_over') AS handed_over_on,
           (array_agg(wa.third_party ORDER BY wa.answered_on DESC, wa.id DESC)
                FILTER (WHERE wa.kind = 'handed_over'))[1] AS handed_over_to,
           max(wa.answered_on) FILTER (WHERE wa.kind = 'handover_returned') AS handover_returned_on,
           max(wa.answered_on) FILTER (WHERE wa.kind = 'review_released') AS review_released_on,
           -- the holds a release lifts: those of the decision in force when it was read (before that night's
           -- dunning), never a hold that arises later (a patient who dies after a release is held again)
           (array_agg(held.codes ORDER BY wa.answered_on DESC, wa.id DESC)
                FILTER (WHERE wa.kind = 'review_released'))[1] AS review_released_codes
    FROM worklist_answer wa
    JOIN dunning_case c ON c.id = wa.case_id AND c.finess = :finess AND c.closed_on IS NULL
    LEFT JOIN LATERAL (
        SELECT array_to_string(d.codes, ',') AS codes
        FROM dunning_decision d JOIN source_file sf ON sf.id = wa.source_file_id
        WHERE wa.kind = 'review_released' AND d.case_id = wa.case_id AND d.run_date < sf.run_date
        ORDER BY d.run_date DESC LIMIT 1
    ) held ON TRUE
    WHERE wa.answered_on <= :runDate
    GROUP BY wa.case_id
)
SELECT oc.id AS case_id, pt.external_id,
       pt.address_line1, pt.address_line2,
       pt.postcode, pt.city, pt.country, pt.phone, pt.mobile, pt.email, pt.sms_opt_out, pt.deceased, pt.guardianship, pt.dispute,
       ow.invoices, ow.amounts, ow.due_dates, ow.pending_since, ow.last_paid,
       GREATEST(pa.last_paid, plg.last_paid) AS last_payment,
       array_cat(tk.step_ids, ps.step_ids) AS step_ids, array_cat(tk.step_dates, ps.step_dates) AS step_dates,
       array_cat(array_fill(FALSE, ARRAY[COALESCE(cardinality(tk.step_ids), 0)]),
                 array_fill(TRUE, ARRAY[COALESCE(cardinality(ps.step_ids), 0)])) AS step_passed,
       fl.reference AS first_letter_reference, fl.emitted_on AS first_letter_on,
       ct.contact_dates, ct.contact_channels, ct.contact_origins, ct.contact_refused,
       pl.signed_on AS plan_signed_on, pl.instalment AS plan_instalment, pl.instalments AS plan_instalments,
       pl.first_due AS plan_first_due, pl.period_months AS plan_period_months,
       settled_amount(pl.ledger, 0, pl.allocated, 0, e.ledger_records_bank_payments) AS plan_paid,
       pm.promised_on, pm.due_on AS promise_due_on, pm.amount AS promise_amount,
       od.opened_on AS operator_dispute_on, wr.numbers AS wrong_numbers, wr.reported_on AS wrong_numbers_on,
       rt.refs AS returned_refs, rt.returned_on AS returned_on, cr.credit,
       an.write_off_refused_on, an.handed_over_on, an.handed_over_to, an.handover_returned_on, an.review_released_on,
       an.review_released_codes
FROM open_case oc
JOIN establishment e ON e.finess = :finess
JOIN patient pt ON pt.id = oc.patient_id
LEFT JOIN owed ow ON ow.patient_id = oc.patient_id
LEFT JOIN paid_allocated pa ON pa.patient_id = oc.patient_id
LEFT JOIN paid_ledger plg ON plg.patient_id = oc.patient_id
LEFT JOIN taken tk ON tk.case_id = oc.id
LEFT JOIN passed ps ON ps.case_id = oc.id
LEFT JOIN first_letter fl ON fl.case_id = oc.id
LEFT JOIN contact ct ON ct.patient_id = oc.patient_id
LEFT JOIN plan pl ON pl.patient_id = oc.patient_id
LEFT JOIN promise pm ON pm.patient_id = oc.patient_id
LEFT JOIN operator_dispute_open od ON od.patient_id = oc.patient_id
LEFT JOIN wrong wr ON wr.patient_id = oc.patient_id
LEFT JOIN returned rt ON rt.patient_id = oc.patient_id
LEFT JOIN credit cr ON cr.patient_id = oc.patient_id
LEFT JOIN answers an ON an.case_id = oc.id
