UPDATE invoice SET billed_on = :on WHERE id = :invoice
