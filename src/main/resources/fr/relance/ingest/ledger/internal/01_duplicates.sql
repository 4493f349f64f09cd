-- A second line for the same invoice in one file is ambiguous: keep the first, report the others.
WITH extra AS (
    SELECT line, invoice_number
    FROM (SELECT line, invoice_number, row_number() OVER (PARTITION BY invoice_number ORDER BY line) AS rank
          FROM ledger_stage) ranked
    WHERE rank > 1
), reported AS (
    INSERT INTO ingest_reject (source_file_id, line_number, field, value_masked, reason_code, message_fr)
    SELECT :file, line, 'invoiceNumber', invoice_number, 'DUPLICATE_INVOICE_IN_FILE',
           'Facture présente plusieurs fois dans le fichier : seule sa première ligne est prise en compte.'
    FROM extra
    RETURNING line_number
)
DELETE FROM ledger_stage s USING reported r WHERE s.line = r.line_number
