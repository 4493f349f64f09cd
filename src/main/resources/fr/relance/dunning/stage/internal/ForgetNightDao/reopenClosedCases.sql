UPDATE dunning_case SET closed_on = NULL, closed_reason = NULL WHERE closed_on = :night
