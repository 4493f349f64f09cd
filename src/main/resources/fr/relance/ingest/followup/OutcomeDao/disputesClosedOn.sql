SELECT count(*) FROM operator_dispute WHERE patient_id = :patient AND closed_on = :on
