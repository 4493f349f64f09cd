-- Earlier versions of the purged patients, of their invoices and of their invoices' parts: they repeat names,
-- addresses and care dates.
DELETE FROM change_history h
WHERE (h.entity = 'patient' AND h.entity_id = ANY(:ids))
   OR (h.entity = 'invoice' AND h.entity_id IN (SELECT id FROM invoice WHERE patient_id = ANY(:ids)))
   OR (h.entity = 'invoice_part' AND h.entity_id IN (SELECT p.id FROM invoice_part p
                                                     JOIN invoice i ON i.id = p.invoice_id
                                                     WHERE i.patient_id = ANY(:ids)))
