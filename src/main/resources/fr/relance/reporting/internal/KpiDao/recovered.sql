-- Money recovered tonight, per establishment: allocations of payer returns (reversals included) and of patient
-- payments, and the rises of a patient part's paid amount on a ledger (ledger_payment), recorded since the previous
-- reported night (on the establishment's first night: only those dated that night). An establishment whose ledger
-- records bank payments reports them again on the ledger: its patient money is counted from the ledger only, never
-- twice. Patient money is credited to the last action emitted to the patient in the 30 days before the payment (the
-- calibration's window), else to NONE; payer money is not chased and has no channel. Every establishment of the night
-- in one pass: the money is read once, in the range of all the marks, then kept per establishment's own marks. An
-- establishment's first night needs only the money dated that night, not every allocation since the beginning: with
-- one establishment on its first night, every night read and joined the whole allocation table (reports-bench.sh).
WITH marks AS (
    -- each establishment reads the money recorded after its previous reported night's marks, up to tonight's
    SELECT n.finess, n.first_night, n.allocation_upto, n.ledger_file_upto,
           COALESCE(prev.allocation_upto, 0) AS allocation_from, COALESCE(prev.ledger_file_upto, 0) AS ledger_file_from
    FROM kpi_night n
    LEFT JOIN LATERAL (SELECT k.allocation_upto, k.ledger_file_upto FROM kpi_night k
                       WHERE k.finess = n.finess AND k.run_date < n.run_date
                       ORDER BY k.run_date DESC LIMIT 1) prev ON TRUE
    WHERE n.finess IN (<finesses>) AND n.run_date = :runDate
), allocated AS MATERIALIZED (
    -- the allocations in the range of every establishment's marks, with their establishment, read once
    SELECT a.id, a.kind, a.amount, a.allocated_on, p.payer, i.finess, i.patient_id
    FROM allocation a
    JOIN invoice_part p ON p.id = a.invoice_part_id
    JOIN invoice i ON i.id = p.invoice_id
    WHERE a.kind IN ('remittance', 'reversal', 'payment') AND i.finess IN (<finesses>)
      AND a.id <= (SELECT max(allocation_upto) FROM marks)
      AND (a.id > (SELECT min(allocation_from) FROM marks WHERE NOT first_night) OR a.allocated_on = :runDate)
), seen AS MATERIALIZED (
    SELECT lp.source_file_id, lp.amount, lp.seen_on, p.payer, i.finess, i.patient_id
    FROM ledger_payment lp
    JOIN invoice_part p ON p.id = lp.invoice_part_id
    JOIN invoice i ON i.id = p.invoice_id
    WHERE i.finess IN (<finesses>)
      AND lp.source_file_id <= (SELECT max(ledger_file_upto) FROM marks)
      AND (lp.source_file_id > (SELECT min(ledger_file_from) FROM marks WHERE NOT first_night) OR lp.seen_on = :runDate)
), money AS (
    SELECT x.finess, x.payer, x.patient_id, x.amount, x.allocated_on AS paid_on
    FROM allocated x
    JOIN marks m ON m.finess = x.finess
    JOIN establishment e ON e.finess = x.finess
    WHERE NOT (x.kind = 'payment' AND e.ledger_records_bank_payments)
      AND x.id <= m.allocation_upto
      AND CASE WHEN m.first_night THEN x.allocated_on = :runDate ELSE x.id > m.allocation_from END
    UNION ALL
    SELECT x.finess, x.payer, x.patient_id, x.amount, x.seen_on
    FROM seen x
    JOIN marks m ON m.finess = x.finess
    WHERE x.source_file_id <= m.ledger_file_upto
      AND CASE WHEN m.first_night THEN x.seen_on = :runDate ELSE x.source_file_id > m.ledger_file_from END
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
