UPDATE invoice SET closed_at_source_on = :on WHERE id = :invoice
