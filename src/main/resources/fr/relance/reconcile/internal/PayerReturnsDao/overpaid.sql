-- A payer that paid more on a part than the part bills is an inconsistency to report (the money stays allocated:
-- the part shows the credit). Its line is then left out of the rules that follow.
UPDATE remittance_line rl
SET match_status = 'inconsistent',
    match_note = 'payé ' || replace(to_char(rl.paid, 'FM999999990.00'), '.', ',') || ' € pour une part facturée '
                 || replace(to_char(p.amount_due, 'FM999999990.00'), '.', ',') || ' € : trop-perçu du payeur'
FROM remittance r, invoice_part p
WHERE r.id = rl.remittance_id AND p.id = rl.invoice_part_id
  AND r.finess = :finess AND rl.match_status = 'matched' AND rl.line_kind = 'invoice_return'
  AND rl.paid > p.amount_due
