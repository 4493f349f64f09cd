DELETE FROM dunning_case WHERE opened_on = :night
