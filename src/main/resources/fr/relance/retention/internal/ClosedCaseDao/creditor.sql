SELECT scenario, sector FROM establishment WHERE finess = :finess
