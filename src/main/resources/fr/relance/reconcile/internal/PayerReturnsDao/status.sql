-- Part statuses the payers decided: transferred, rejected (to re-bill) or pending (deferred).
UPDATE invoice_part p
SET status = CASE d.rule WHEN 'transfer' THEN 'transferred' WHEN 'rebill' THEN 'rejected' ELSE 'pending' END,
    status_since = :runDate, last_movement_on = d.decided_on
FROM return_decision d
WHERE p.id = d.invoice_part_id AND d.rule IN ('transfer', 'rebill', 'pending')
  AND p.status <> CASE d.rule WHEN 'transfer' THEN 'transferred' WHEN 'rebill' THEN 'rejected' ELSE 'pending' END
