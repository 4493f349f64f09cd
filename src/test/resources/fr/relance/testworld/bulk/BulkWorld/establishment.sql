-- One private clinic on the standard ledger profile; :finess, :legalName
INSERT INTO establishment (finess, legal_name, sector, ledger_profile, scenario, synced_at)
VALUES (:finess, :legalName, 'private', 'relance-standard', 'private-clinic', now())
