SELECT invoice_number FROM invoice WHERE finess = :finess AND invoice_number = ANY(:numbers)
