SELECT id FROM patient WHERE finess = :finess AND external_id = :externalId
