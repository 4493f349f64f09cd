-- Payer parts of the invoices known before this file, on the lines that may say something new. A part whose amounts
-- differ keeps its previous amounts in change_history and takes the new ones; a payer the line no longer charges keeps
-- its part with nothing due; a payer newly owed something gets a part, paid from the start when the ledger says so.
-- Parts whose amounts did not change are not touched. A patient part whose paid amount rises was paid since the
-- previous ledger: the rise is a payment seen tonight (ledger_payment), which holds the next reminder.
WITH staged AS (
    SELECT s.invoice_id, v.payer, v.organisation, v.due, v.paid, s.line
    FROM ledger_changed s
    CROSS JOIN LATERAL (VALUES ('AMO', NULL, s.amo_due, s.amo_paid),
                               ('AMC', s.amc_org, s.amc_due, s.amc_paid),
                               ('PATIENT', NULL, s.patient_due, s.patient_paid)) AS v (payer, organisation, due, paid)
), diff AS (
    SELECT st.invoice_id, st.payer, st.due, st.paid, st.line, ip.id AS part_id, ip.source_paid AS previous_paid,
           CASE WHEN st.due = 0 AND st.paid = 0 AND ip.id IS NOT NULL THEN ip.organisation ELSE st.organisation END
               AS organisation,
           jsonb_build_object('amount_due', ip.amount_due, 'organisation', ip.organisation,
                              'source_paid', ip.source_paid, 'source_file_id', ip.source_file_id,
                              'source_line', ip.source_line) AS previous
    FROM staged st
    LEFT JOIN invoice_part ip ON ip.invoice_id = st.invoice_id AND ip.payer = st.payer
    WHERE CASE WHEN ip.id IS NULL THEN st.due > 0 OR st.paid > 0
               WHEN st.due = 0 AND st.paid = 0 THEN ip.amount_due <> 0 OR ip.source_paid <> 0
               ELSE (ip.amount_due, ip.organisation, ip.source_paid) IS DISTINCT FROM (st.due, st.organisation, st.paid)
          END
), history AS (
    INSERT INTO change_history (entity, entity_id, changed_on, source_file_id, source_line, previous)
    SELECT 'invoice_part', part_id, :runDate, :file, line, previous FROM diff WHERE part_id IS NOT NULL
), added AS (
    INSERT INTO invoice_part (invoice_id, payer, organisation, amount_due, status, status_since, source_paid,
                              source_file_id, source_line)
    SELECT invoice_id, payer, organisation, due, CASE WHEN paid >= due THEN 'paid' ELSE 'open' END, :runDate, paid,
           :file, line
    FROM diff WHERE part_id IS NULL
), paid_seen AS (
    INSERT INTO ledger_payment (invoice_part_id, seen_on, amount, source_file_id)
    SELECT part_id, :runDate, paid - previous_paid, :file FROM diff
    WHERE part_id IS NOT NULL AND payer = 'PATIENT' AND paid > previous_paid
    ON CONFLICT DO NOTHING
), touched AS (
    INSERT INTO ledger_touched (invoice_id) SELECT invoice_id FROM diff WHERE part_id IS NOT NULL
)
UPDATE invoice_part ip
SET amount_due = d.due, organisation = d.organisation, source_paid = d.paid, source_file_id = :file,
    source_line = d.line
FROM diff d
WHERE ip.id = d.part_id
