-- The AMO part of every invoice: paid, or pending for one in twenty
INSERT INTO invoice_part (invoice_id, payer, amount_due, status, status_since, source_file_id, source_line)
SELECT i.id, 'AMO', 60, CASE WHEN i.id % 20 = 0 THEN 'pending' ELSE 'paid' END, i.due_date - 5, :ledgerFile, 1
FROM invoice i WHERE i.finess = :finess
