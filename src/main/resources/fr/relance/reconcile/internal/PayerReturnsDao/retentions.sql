-- A retention (NOEMIE 250) recovers an undue payment on a later transfer. When its debt reference names one
-- invoice of the establishment (same number rule as the returns), the payer part of that invoice is reversed by the
-- amount retained (a negative allocation naming the retention, so never twice) and reopens; otherwise the retention
-- stays unmatched and is reported, for the establishment to trace the debt.
WITH retained AS (
    SELECT rl.id, rl.paid, COALESCE(rl.payer_part, r.payer) AS payer, COALESCE(r.payment_date, :runDate) AS on_date,
           ltrim(btrim(COALESCE(rl.debt_reference, '')), :zeros) AS debt
    FROM remittance_line rl
    JOIN remittance r ON r.id = rl.remittance_id
    WHERE r.finess = :finess AND rl.line_kind = 'retention' AND rl.match_status = 'unmatched'
), fits AS (
    SELECT t.id AS line_id, t.paid, t.on_date, p.id AS part_id, count(*) OVER (PARTITION BY t.id) AS candidates
    FROM retained t
    JOIN invoice i ON i.finess = :finess
     AND ltrim(regexp_replace(upper(btrim(i.invoice_number)), :prefixes, ''), :zeros) = t.debt
    JOIN invoice_part p ON p.invoice_id = i.id AND p.payer = t.payer
), reversed AS (
    INSERT INTO allocation (invoice_part_id, amount, kind, allocated_on, remittance_line_id)
    SELECT part_id, -abs(paid), 'reversal', on_date, line_id FROM fits WHERE candidates = 1 AND paid <> 0
    ON CONFLICT (invoice_part_id, remittance_line_id, kind) WHERE remittance_line_id IS NOT NULL DO NOTHING
    RETURNING remittance_line_id, invoice_part_id
)
UPDATE remittance_line rl
SET match_status = CASE WHEN rv.remittance_line_id IS NOT NULL THEN 'matched' ELSE rl.match_status END,
    invoice_part_id = rv.invoice_part_id,
    match_note = CASE WHEN rv.remittance_line_id IS NOT NULL THEN 'retenue : reprise d''un indu sur cette facture'
                      ELSE 'retenue sur virement : la dette ' || COALESCE(rl.debt_reference, '?')
                           || ' ne désigne aucune facture connue' END
FROM retained t
LEFT JOIN reversed rv ON rv.remittance_line_id = t.id
WHERE rl.id = t.id
