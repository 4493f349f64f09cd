-- Lines whose invoice number fits no invoice of the establishment: say so (the ledger may bring it later).
UPDATE remittance_line rl
SET match_note = 'facture inconnue de l''établissement (elle sera recherchée à nouveau les nuits suivantes)'
FROM remittance r
WHERE r.id = rl.remittance_id AND r.finess = :finess AND rl.match_status = 'unmatched'
  AND rl.line_kind = 'invoice_return' AND rl.match_note IS NULL
