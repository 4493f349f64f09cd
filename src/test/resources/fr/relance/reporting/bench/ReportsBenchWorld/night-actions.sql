-- Tonight's second step of four cases in five: emitted, planned or suppressed
INSERT INTO dunning_action (case_id, step_number, step_id, channel, scenario, scenario_version, run_date,
    balance, band, cost, expected_gain, reasons, status, status_reason, emitted_on)
SELECT c.id, 2, x.step, x.channel, 'private-clinic', 'v1', :night, 50, '50to150', x.cost, 10, 'bench',
       x.status, x.reason, CASE WHEN x.status = 'emitted' THEN CAST(:night AS DATE) END
FROM dunning_case c
CROSS JOIN LATERAL (SELECT * FROM (VALUES
    (0, 'sms', 'SMS', 0.10, 'emitted', CAST(NULL AS TEXT)),
    (1, 'second-letter', 'LETTER', 1.77, 'planned', NULL),
    (2, 'second-letter', 'LETTER', 1.77, 'suppressed',
     'suppressed on ' || CAST(:night AS DATE) || ': RECENT_PAYMENT: paid'),
    (3, 'call', 'CALL', 4.50, 'emitted', NULL)) AS v(k, step, channel, cost, status, reason)
    WHERE v.k = c.id % 5) x
WHERE c.finess LIKE '98000%'
