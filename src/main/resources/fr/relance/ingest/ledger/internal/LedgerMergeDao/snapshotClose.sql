-- A full snapshot lists every open item: an open invoice it does not mention (ledger_gone: found by KnownLedger, or by
-- goneFromStage.sql for a FEC) was settled or cancelled at the source. Close it with that reason (its parts follow in the status refresh).
WITH closed AS (
    UPDATE invoice i
    SET closed_at_source_on = :runDate,
        closed_reason = 'absente de l''export complet ' || :fileName || ' du '
            || to_char(CAST(:runDate AS date), 'DD/MM/YYYY')
    FROM ledger_gone g
    WHERE i.id = g.invoice_id
    RETURNING i.id
)
INSERT INTO ledger_touched (invoice_id) SELECT id FROM closed
