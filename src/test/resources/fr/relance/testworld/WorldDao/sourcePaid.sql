UPDATE invoice_part SET source_paid = :amount WHERE id = :part
