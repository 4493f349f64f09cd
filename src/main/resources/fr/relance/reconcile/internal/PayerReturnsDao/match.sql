-- Payer return lines of this establishment not matched yet, onto the payer part of their invoice. Invoice numbers
-- are compared as B2 numbers are (a ledger prefix such as "F" and leading zeros ignored: relance.b2.*). A line
-- whose number fits no invoice, or several, stays unmatched with the reason, and is tried again the next nights.
WITH candidates AS (
    SELECT rl.id AS line_id, i.id AS invoice_id, i.closed_at_source_on,
           count(*) OVER (PARTITION BY rl.id) AS fits
    FROM remittance_line rl
    JOIN remittance r ON r.id = rl.remittance_id
    JOIN invoice i ON i.finess = r.finess
     AND ltrim(regexp_replace(upper(btrim(i.invoice_number)), :prefixes, ''), :zeros) = ltrim(btrim(rl.invoice_number), :zeros)
    WHERE r.finess = :finess AND rl.match_status = 'unmatched' AND rl.line_kind = 'invoice_return'
), chosen AS (
    SELECT c.line_id, c.fits, c.closed_at_source_on, p.id AS part_id
    FROM candidates c
    JOIN remittance_line rl ON rl.id = c.line_id
    LEFT JOIN invoice_part p ON p.invoice_id = c.invoice_id AND p.payer = rl.payer_part
)
UPDATE remittance_line rl
SET invoice_part_id = CASE WHEN c.fits = 1 THEN c.part_id END,
    match_status = CASE WHEN c.fits = 1 AND c.part_id IS NOT NULL AND c.closed_at_source_on IS NULL THEN 'matched'
                        WHEN c.fits = 1 THEN 'inconsistent'
                        ELSE 'unmatched' END,
    match_note = CASE WHEN c.fits > 1 THEN 'plusieurs factures correspondent à ce numéro'
                      WHEN c.part_id IS NULL THEN 'la facture n''a pas de part ' || rl.payer_part || ' : payeur non facturé'
                      WHEN c.closed_at_source_on IS NOT NULL THEN 'paiement sur une facture close dans le logiciel de l''établissement'
                      END
FROM chosen c
WHERE rl.id = c.line_id
