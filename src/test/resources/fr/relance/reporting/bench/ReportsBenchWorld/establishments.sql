-- :establishments private clinics, FINESS 98000xxxx
INSERT INTO establishment (finess, legal_name, sector, ledger_profile, scenario, synced_at)
SELECT '98000' || lpad(CAST(e AS TEXT), 4, '0'), 'Clinique du banc ' || e, 'private', 'relance-standard',
       'private-clinic', now()
FROM generate_series(1, :establishments) e
