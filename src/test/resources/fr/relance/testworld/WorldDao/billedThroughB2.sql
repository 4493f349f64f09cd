-- the insurer part's B2 expectation, as the B2 import applies it: expected amount = amount due
WITH b2 AS (
    INSERT INTO b2_expectation (finess, b2_invoice_number, lot_number, lot_date_raw, lot_date, expected_amo,
        expected_amc, expected_patient, patient_before_amc, expected_total, status, invoice_id, source_file_id,
        source_line)
    SELECT :finess, i.invoice_number, '001', to_char(:lotDate, 'DDMMYY'), :lotDate, p.amount_due, 0, 0, 0,
        p.amount_due, 'applied', i.id, :file, :line
    FROM invoice_part p JOIN invoice i ON i.id = p.invoice_id WHERE p.id = :part
    RETURNING id)
UPDATE invoice_part SET b2_expectation_id = (SELECT id FROM b2), expected_amount = amount_due
WHERE id = :part
