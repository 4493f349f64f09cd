UPDATE operator_dispute SET closed_on = :on
WHERE patient_id = :patient AND opened_on <= :on AND closed_on IS NULL
