SELECT finess FROM establishment ORDER BY finess
