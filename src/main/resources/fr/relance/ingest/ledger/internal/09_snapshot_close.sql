-- A full snapshot lists every open item: an open invoice it does not mention was settled or cancelled at the
-- source. Close it with that reason (its parts follow in the status refresh).
WITH closed AS (
    UPDATE invoice i
    SET closed_at_source_on = :runDate,
        closed_reason = 'absente de l''export complet ' || :fileName || ' du '
            || to_char(CAST(:runDate AS date), 'DD/MM/YYYY')
    WHERE i.finess = :finess
      AND i.closed_at_source_on IS NULL
      AND NOT EXISTS (SELECT 1 FROM ledger_stage s WHERE s.invoice_number = i.invoice_number)
      AND NOT EXISTS (SELECT 1 FROM ledger_seen s WHERE s.invoice_number = i.invoice_number)
    RETURNING i.id
)
INSERT INTO ledger_touched (invoice_id) SELECT id FROM closed
