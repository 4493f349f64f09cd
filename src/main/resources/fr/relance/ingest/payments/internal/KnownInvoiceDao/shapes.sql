-- The shapes of the establishment's invoice numbers (digits written 9, letters and punctuation kept), most frequent
-- first, read on its latest invoices: a numbering that changed years ago should not shape tonight's search. Shapes
-- without any digit (a placeholder such as "SANS") say nothing of a numbering.
SELECT shape
FROM (SELECT translate(upper(invoice_number), '0123456789', '9999999999') AS shape
      FROM invoice
      WHERE finess = :finess
      ORDER BY id DESC
      LIMIT 20000) recent
WHERE shape LIKE '%9%'
GROUP BY shape
ORDER BY count(*) DESC, shape
LIMIT :limit
