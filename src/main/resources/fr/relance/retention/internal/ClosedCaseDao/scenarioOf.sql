SELECT scenario FROM establishment WHERE finess = :finess
