-- What each matched return line asks for, from its status and reject codes (jobs/reject-codes.yml, codes compared
-- in upper case without surrounding spaces; a code not listed takes the default rule):
--   pending   deferred by the payer (status D)
--   transfer  a code says the rest is the patient's: the payer part is transferred to the patient part
--   rebill    a rejected part (status R) that the payer must be billed again for: re-billing worklist
--   none      paid, partly paid (the rest stays owed by the payer), or information only
INSERT INTO return_decision (line_id, invoice_part_id, invoice_id, decided_on, rule)
WITH code_rules AS MATERIALIZED (
    SELECT c.remittance_line_id,
           CASE WHEN upper(btrim(c.code)) = ANY(:transferCodes) THEN 'transfer'
                WHEN upper(btrim(c.code)) = ANY(:rebillCodes) THEN 'rebill'
                WHEN upper(btrim(c.code)) = ANY(:infoCodes) THEN 'info'
                ELSE :defaultRule END AS rule
    FROM remittance_code c
    JOIN remittance_line rl ON rl.id = c.remittance_line_id
    JOIN remittance r ON r.id = rl.remittance_id
    WHERE r.finess = :finess AND rl.match_status = 'matched'
), line_rules AS MATERIALIZED (
    SELECT remittance_line_id, bool_or(rule = 'transfer') AS transfer, bool_or(rule = 'rebill') AS rebill
    FROM code_rules GROUP BY remittance_line_id
)
SELECT rl.id AS line_id, rl.invoice_part_id, p.invoice_id, COALESCE(r.payment_date, :runDate) AS decided_on,
       CASE WHEN rl.return_status = 'D' THEN 'pending'
            WHEN lr.transfer THEN 'transfer'
            WHEN rl.return_status = 'R' AND lr.rebill THEN 'rebill'
            WHEN rl.return_status = 'R' AND lr.remittance_line_id IS NULL AND :defaultRule <> 'info'
                THEN :defaultRule
            ELSE 'none' END AS rule
FROM remittance_line rl
JOIN remittance r ON r.id = rl.remittance_id
JOIN invoice_part p ON p.id = rl.invoice_part_id
LEFT JOIN line_rules lr ON lr.remittance_line_id = rl.id
WHERE r.finess = :finess AND rl.match_status = 'matched'
  AND p.status NOT IN ('transferred', 'written_off')
