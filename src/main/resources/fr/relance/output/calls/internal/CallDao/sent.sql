-- The letters and SMS of each case that went out, in order: what the operator can quote.
SELECT a.case_id, a.channel, a.reference, a.emitted_on
FROM dunning_action a
WHERE a.case_id IN (<cases>) AND a.status = 'emitted' AND a.channel IN ('LETTER', 'REGISTERED_LETTER', 'SMS', 'CALL')
ORDER BY a.case_id, a.emitted_on, a.id
