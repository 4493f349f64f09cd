-- Tables of the current schema changed by more than a tenth of their rows, and by at least :minChanges rows, since
-- their last analysis (by hand or by autovacuum); reltuples is -1 for a table never analysed. Quoted for ANALYZE.
SELECT quote_ident(s.relname)
FROM pg_stat_user_tables s
JOIN pg_class c ON c.oid = s.relid
WHERE s.schemaname = current_schema()
  AND s.n_mod_since_analyze >= :minChanges
  AND s.n_mod_since_analyze > 0.1 * greatest(c.reltuples, 0)
ORDER BY s.relname
