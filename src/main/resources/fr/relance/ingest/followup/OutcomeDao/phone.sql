SELECT phone FROM patient WHERE id = :patient AND phone IS NOT NULL
