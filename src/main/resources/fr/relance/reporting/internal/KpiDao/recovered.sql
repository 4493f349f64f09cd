-- Money recovered tonight: allocations of payer returns (reversals included) and of patient payments, and the rises
-- of a patient part's paid amount on a ledger (ledger_payment), recorded since the previous reported night (on the
-- establishment's first night: only those dated that night). An establishment whose ledger records bank payments
-- reports them again on the ledger: its patient money is counted from the ledger only, never twice. Patient money is
-- credited to the last action emitted to the patient in the 30 days before the payment (the calibration's window),
-- else to NONE; payer money is not chased and has no channel.
WITH money AS (
    SELECT p.payer, i.patient_id, a.amount, a.allocated_on AS paid_on
    FROM allocation a
    JOIN invoice_part p ON p.id = a.invoice_part_id
    JOIN invoice i ON i.id = p.invoice_id
    JOIN establishment e ON e.finess = i.finess
    WHERE i.finess = :finess AND a.kind IN ('remittance', 'reversal', 'payment')
      AND NOT (a.kind = 'payment' AND e.ledger_records_bank_payments)
      AND a.id <= :m.allocationUpto
      AND CASE WHEN :m.firstNight THEN a.allocated_on = :runDate ELSE a.id > :m.allocationFrom END
    UNION ALL
    SELECT p.payer, i.patient_id, lp.amount, lp.seen_on
    FROM ledger_payment lp
    JOIN invoice_part p ON p.id = lp.invoice_part_id
    JOIN invoice i ON i.id = p.invoice_id
    WHERE i.finess = :finess AND lp.source_file_id <= :m.ledgerFileUpto
      AND CASE WHEN :m.firstNight THEN lp.seen_on = :runDate ELSE lp.source_file_id > :m.ledgerFileFrom END
), numbered AS (
    SELECT row_number() OVER () AS n, m.* FROM money m
), emitted AS (
    SELECT c.patient_id, a.channel, a.emitted_on, a.step_number
    FROM dunning_action a
    JOIN dunning_case c ON c.id = a.case_id
    WHERE c.finess = :finess AND a.status = 'emitted'
), attributed AS (
    SELECT DISTINCT ON (m.n) m.payer, m.amount,
           CASE WHEN m.payer = 'PATIENT' THEN COALESCE(e.channel, 'NONE') ELSE '' END AS channel
    FROM numbered m
    LEFT JOIN emitted e ON m.payer = 'PATIENT' AND e.patient_id = m.patient_id
                       AND e.emitted_on >= m.paid_on - 30 AND e.emitted_on < m.paid_on
    ORDER BY m.n, e.emitted_on DESC NULLS LAST, e.step_number DESC NULLS LAST
)
INSERT INTO kpi_daily (finess, run_date, kpi, payer, dimension, amount, items)
SELECT :finess, :runDate, 'RECOVERED', payer, '', sum(amount), count(*) FROM attributed GROUP BY payer
UNION ALL
SELECT :finess, :runDate, 'RECOVERED_BY_CHANNEL', 'PATIENT', channel, sum(amount), count(*)
FROM attributed WHERE payer = 'PATIENT' GROUP BY channel
