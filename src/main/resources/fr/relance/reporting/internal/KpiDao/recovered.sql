-- Money recovered tonight, per establishment: allocations of payer returns (reversals included) and of patient
-- payments, and the rises of a patient part's paid amount on a ledger (ledger_payment), recorded since the previous
-- reported night (on the establishment's first night: only those dated that night). An establishment whose ledger
-- records bank payments reports them again on the ledger: its patient money is counted from the ledger only, never
-- twice. Patient money is credited to the last action emitted to the patient in the 30 days before the payment (the
-- calibration's window), else to NONE; payer money is not chased and has no channel. Every establishment of the night
-- in one pass: the allocations are read once, in the id range of all the marks.
WITH marks AS (
    -- each establishment reads the money recorded after its previous reported night's marks, up to tonight's
    SELECT n.finess, n.first_night, n.allocation_upto, n.ledger_file_upto,
           COALESCE(prev.allocation_upto, 0) AS allocation_from, COALESCE(prev.ledger_file_upto, 0) AS ledger_file_from
    FROM kpi_night n
    LEFT JOIN LATERAL (SELECT k.allocation_upto, k.ledger_file_upto FROM kpi_night k
                       WHERE k.finess = n.finess AND k.run_date < n.run_date
                       ORDER BY k.run_date DESC LIMIT 1) prev ON TRUE
    WHERE n.finess IN (<finesses>) AND n.run_date = :runDate
), money AS (
    SELECT i.finess, p.payer, i.patient_id, a.amount, a.allocated_on AS paid_on
    FROM allocation a
    JOIN invoice_part p ON p.id = a.invoice_part_id
    JOIN invoice i ON i.id = p.invoice_id
    JOIN marks m ON m.finess = i.finess
    JOIN establishment e ON e.finess = i.finess
    WHERE a.kind IN ('remittance', 'reversal', 'payment')
      AND a.id > (SELECT min(allocation_from) FROM marks) AND a.id <= (SELECT max(allocation_upto) FROM marks)
      AND NOT (a.kind = 'payment' AND e.ledger_records_bank_payments)
      AND a.id <= m.allocation_upto
      AND CASE WHEN m.first_night THEN a.allocated_on = :runDate ELSE a.id > m.allocation_from END
    UNION ALL
    SELECT i.finess, p.payer, i.patient_id, lp.amount, lp.seen_on
    FROM ledger_payment lp
    JOIN invoice_part p ON p.id = lp.invoice_part_id
    JOIN invoice i ON i.id = p.invoice_id
    JOIN marks m ON m.finess = i.finess
    WHERE lp.source_file_id <= m.ledger_file_upto
      AND CASE WHEN m.first_night THEN lp.seen_on = :runDate ELSE lp.source_file_id > m.ledger_file_from END
), numbered AS (
    SELECT row_number() OVER () AS n, m.* FROM money m
), emitted AS (
    SELECT c.patient_id, a.channel, a.emitted_on, a.step_number
    FROM dunning_action a
    JOIN dunning_case c ON c.id = a.case_id
    WHERE c.finess IN (<finesses>) AND a.status = 'emitted'
), attributed AS (
    SELECT DISTINCT ON (m.n) m.finess, m.payer, m.amount,
           CASE WHEN m.payer = 'PATIENT' THEN COALESCE(e.channel, 'NONE') ELSE '' END AS channel
    FROM numbered m
    LEFT JOIN emitted e ON m.payer = 'PATIENT' AND e.patient_id = m.patient_id
                       AND e.emitted_on >= m.paid_on - 30 AND e.emitted_on < m.paid_on
    ORDER BY m.n, e.emitted_on DESC NULLS LAST, e.step_number DESC NULLS LAST
)
INSERT INTO kpi_daily (finess, run_date, kpi, payer, dimension, amount, items)
SELECT finess, :runDate, 'RECOVERED', payer, '', sum(amount), count(*) FROM attributed GROUP BY finess, payer
UNION ALL
SELECT finess, :runDate, 'RECOVERED_BY_CHANNEL', 'PATIENT', channel, sum(amount), count(*)
FROM attributed WHERE payer = 'PATIENT' GROUP BY finess, channel
