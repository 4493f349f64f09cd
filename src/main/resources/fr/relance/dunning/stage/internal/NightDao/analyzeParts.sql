-- temporary tables are not analysed by autovacuum: without statistics the next joins would be planned blind
ANALYZE dunning_night_part
